package org.paperkg.jobs;

import java.nio.file.Path;
import java.util.List;

/** {@code inbox-scan}: ingests the new files of the inbox and moves each to {@code processed/} or {@code failed/}. */
final class InboxScanJob implements Job {

    private final Inbox inbox;
    private final InboxIngest ingest;
    private final JobsProperties.InboxScan props;

    InboxScanJob(Inbox inbox, InboxIngest ingest, JobsProperties.InboxScan props) {
        this.inbox = inbox;
        this.ingest = ingest;
        this.props = props;
    }

    @Override
    public String name() {
        return IngestRequests.INBOX_JOB;
    }

    @Override
    public JobSchedule schedule() {
        return props;
    }

    @Override
    public void run(JobReport report) {
        List<Path> files = inbox.newFiles(props.maxFiles());
        report.add("files", files.size());
        ingest.ingest(files, report);
    }
}
