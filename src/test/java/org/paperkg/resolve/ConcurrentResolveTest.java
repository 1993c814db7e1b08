package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One directory shared by threads resolving at once ends as it would with one thread. */
class ConcurrentResolveTest {

    @Test
    void threadsSharingADirectoryLearnWhatOneThreadLearns() throws Exception {
        List<OrderIndependenceTest.Input> inputs = new ArrayList<>(OrderIndependenceTest.papers());
        for (AliasPairsTest.Row r : AliasPairsTest.rows()) {
            if (r.statement() != null) {
                inputs.add(new OrderIndependenceTest.Input(TestPapers.paper("sha256:line" + r.line(), r.statement()),
                        TestPapers.grounded(TestPapers.mentioning(r.label(), List.of(r.a(), r.b()), r.statement()))));
            }
        }
        AliasDirectory alone = AliasDirectory.withCuratedAliases();
        CanonicalResolver single = new CanonicalResolver(alone);
        inputs.forEach(in -> single.resolve(in.paper(), in.extraction()));

        AliasDirectory shared = AliasDirectory.withCuratedAliases();
        CanonicalResolver resolver = new CanonicalResolver(shared);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<OrderIndependenceTest.Input> order = new ArrayList<>(inputs);
                Collections.shuffle(order, new Random(t));
                work.add(() -> {
                    start.await();
                    order.forEach(in -> resolver.resolve(in.paper(), in.extraction()));
                    return order.size();
                });
            }
            List<Future<Integer>> done = new ArrayList<>();
            work.forEach(w -> done.add(pool.submit(w)));
            start.countDown();
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(inputs.size()); // rethrows anything a thread threw
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        for (AliasPairsTest.Row r : AliasPairsTest.rows()) {
            for (String name : List.of(r.a(), r.b())) {
                assertThat(shared.resolve(r.label(), name)).as(name).isEqualTo(alone.resolve(r.label(), name));
            }
        }
        for (OrderIndependenceTest.Input in : inputs.subList(0, 6)) {
            assertThat(single.resolve(in.paper(), in.extraction())).isEqualTo(resolver.resolve(in.paper(), in.extraction()));
        }
    }
}
