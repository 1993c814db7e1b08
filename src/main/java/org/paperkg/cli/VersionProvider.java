package org.paperkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, when packaged. */
class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"paper-kg " + (v == null ? "(development build)" : v)};
    }
}
