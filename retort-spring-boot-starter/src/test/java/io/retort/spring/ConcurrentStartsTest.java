package io.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Retort;
import io.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Three instances of the application started at once on an empty database apply each revision once. */
class ConcurrentStartsTest {
    static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create(ConcurrentStartsTest.class);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void threeInstancesApplyEachRevisionOnce() throws Exception {
        int instances = 3;
        CountDownLatch ready = new CountDownLatch(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                started.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return SmartemApplication.start(db);
                }));
            }
            List<String> heads = null;
            for (Future<ConfigurableApplicationContext> app : started) {
                try (ConfigurableApplicationContext context = app.get()) {
                    Retort retort = context.getBean(Retort.class);
                    heads = retort.graph().heads();
                    assertThat(retort.current()).isEqualTo(heads);
                }
            }
            List<String> run = RetortStarterTest.revisionsRun(db);
            assertThat(run).doesNotHaveDuplicates().hasSize(SmartemApplication.revisionCount()).containsAll(heads);
        } finally {
            pool.shutdownNow();
        }
    }
}
