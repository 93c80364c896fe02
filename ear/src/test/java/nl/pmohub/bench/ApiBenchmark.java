package nl.pmohub.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.pmohub.it.Http;
import nl.pmohub.it.Projects;
import nl.pmohub.it.Stack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Load on the projects API of a running stack (config/bin/pmohub start), on this machine only; prints
 * latency percentiles and throughput. Not a test: it asserts nothing about time. Run with
 * {@code mvn -Pbench verify -pl ear -am -DskipTests} (see docs/running.md). Creates its own projects
 * in tenant acme with codes BENCH-…, and deletes them at the end. {@code -Dbench.only=read} measures only the
 * read path against its ceiling (for profiling it); {@code -Dbench.only=matching} the marketplace's ranking at
 * 50,000 professionals; {@code -Dbench.only=hours} time registration and budgets at
 * size ({@link HoursBenchmark}); {@code -Dbench.only=risks} the portfolio's heat map and top risks at 20,000 risks
 * ({@link RiskBenchmark}); {@code -Dbench.only=knowledge} the search over 50,000 decisions and lessons
 * ({@link KnowledgeBenchmark}).
 */
public final class ApiBenchmark {

    private static final int PROJECTS = Integer.getInteger("bench.projects", 1000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 2000);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if ("hours".equals(System.getProperty("bench.only"))) {
            HoursBenchmark.run();
            return;
        }
        if ("knowledge".equals(System.getProperty("bench.only"))) {
            KnowledgeBenchmark.run();
            return;
        }
        if ("risks".equals(System.getProperty("bench.only"))) {
            RiskBenchmark.run();
            return;
        }
        if ("matching".equals(System.getProperty("bench.only"))) {
            MatchingBenchmark.run();
            return;
        }
        String acme = Http.token("acme", "pm");
        String globex = Http.token("globex", "viewer");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<String> ids = new ArrayList<>();
            measure(pool, "create project", PROJECTS, i -> {
                JsonObject created = Projects.create("acme", acme, "BENCH-" + run + "-" + i);
                synchronized (ids) {
                    ids.add(created.getString("id"));
                }
                return 201;
            });
            if ("read".equals(System.getProperty("bench.only"))) {
                benchReadPath(acme, ids.get(1));
                measure(pool, "delete project", ids.size(), i -> Http.delete(Projects.url("acme") + "/" + ids.get(i), acme, "\"0\"").status());
                return;
            }
            measure(pool, "warm-up (not counted)", 300, i -> Http.get(Projects.url("acme") + "?size=20", acme).status());
            measure(pool, "list 20, sorted by name", REQUESTS, i -> Http.get(Projects.url("acme") + "?size=20&page=" + (i % 20) + "&sort=name", acme).status());
            measure(pool, "list 20, text filter", REQUESTS, i -> Http.get(Projects.url("acme") + "?size=20&q=BENCH-" + run + "-" + (i % 100), acme).status());
            measure(pool, "list 50, status filter + sort", REQUESTS, i -> Http.get(Projects.url("acme") + "?size=50&status=GREEN&sort=-endDate", acme).status());
            measure(pool, "get by id", REQUESTS, i -> Http.get(Projects.url("acme") + "/" + ids.get(i % ids.size()), acme).status());
            measure(pool, "two tenants alternating", REQUESTS, i -> i % 2 == 0
                    ? Http.get(Projects.url("acme") + "?size=20", acme).status()
                    : Http.get(Projects.url("globex") + "?size=20", globex).status());
            benchPlan(pool, acme, ids.get(0));
            benchReadPath(acme, ids.get(1));
            measure(pool, "delete project", ids.size(), i -> Http.delete(Projects.url("acme") + "/" + ids.get(i), acme, "\"0\"").status());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A big plan on one project (2027-01-01 – 2027-06-30, as Projects.valid makes it): 5 stages, 200
     * deliverables chained finish-to-start, 200 milestones. Reading each list is one or two queries
     * however long it is; the numbers show that.
     */
    private static void benchPlan(ExecutorService pool, String token, String projectId) throws Exception {
        String plan = Projects.url("acme") + "/" + projectId;
        LocalDate start = LocalDate.of(2027, 1, 1);
        for (int s = 0; s < 5; s++) {
            Http.post(plan + "/stages", token, Json.createObjectBuilder().add("kind", s == 0 ? "INITIATION" : "DELIVERY")
                    .add("name", "Stage " + s).add("startDate", start.plusDays(36L * s).toString())
                    .add("endDate", start.plusDays(36L * s + 35).toString()).add("budget", 100000).build().toString());
        }
        List<String> deliverables = new ArrayList<>();
        measure(pool, "plan deliverable", 200, i -> {
            Http.Reply created = Http.post(plan + "/deliverables", token, Json.createObjectBuilder().add("name", "D" + i)
                    .add("startDate", start.plusDays(i % 170).toString()).add("endDate", start.plusDays(i % 170 + 5).toString()).build().toString());
            synchronized (deliverables) {
                deliverables.add(created.json().getString("id"));
            }
            return created.status();
        });
        for (int i = 1; i < deliverables.size(); i++) {
            Http.post(plan + "/deliverables/" + deliverables.get(i) + "/predecessors", token,
                    "{\"predecessorId\":\"" + deliverables.get(i - 1) + "\"}");
        }
        measure(pool, "plan milestone", 200, i -> Http.post(plan + "/milestones", token, Json.createObjectBuilder().add("name", "M" + i)
                .add("plannedDate", start.plusDays(i % 180).toString()).build().toString()).status());
        measure(pool, "list 200 deliverables + 199 links", REQUESTS / 4, i -> Http.get(plan + "/deliverables", token).status());
        measure(pool, "list 200 milestones", REQUESTS / 4, i -> Http.get(plan + "/milestones", token).status());
        measure(pool, "list 5 stages", REQUESTS, i -> Http.get(plan + "/stages", token).status());
        // each would close a cycle through the whole chain: the walk is the worst case, and the 400 is the expected answer
        measure(pool, "refuse a cycle (walks 199 links)", REQUESTS / 4, i -> {
            int status = Http.post(plan + "/deliverables/" + deliverables.get(i % 20) + "/predecessors", token,
                    "{\"predecessorId\":\"" + deliverables.get(199 - i % 20) + "\"}").status();
            return status == 400 ? 200 : 500 + status;
        });
        measure(pool, "exceptions across the portfolio", REQUESTS, i -> Http.get(Stack.API + "/t/acme/exceptions", token).status());
    }

    /**
     * The read path against its ceiling: an authenticated call that reads nothing from the database
     * ({@code GET /t/acme/me}: token check, tenant, JSON) beside a tenant-scoped list of 100 projects and a
     * project's 40 milestones, each at 10 and at 50 concurrent clients; prints each list's throughput as a
     * share of the ceiling's.
     */
    private static void benchReadPath(String token, String projectId) throws Exception {
        String milestones = Projects.url("acme") + "/" + projectId + "/milestones";
        for (int i = 0; i < 40; i++) {
            Http.post(milestones, token, Json.createObjectBuilder().add("name", "Read path " + i)
                    .add("plannedDate", LocalDate.of(2027, 1, 1).plusDays(4L * i).toString()).build().toString());
        }
        for (int clients : new int[] {10, 50}) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                measure(pool, "warm-up (not counted)", 1000, i -> Http.get(i % 2 == 0 ? Stack.API + "/t/acme/me"
                        : Projects.url("acme") + "?size=100", token).status());
                Result ceiling = measure(pool, "me, no database @" + clients, REQUESTS, i -> Http.get(Stack.API + "/t/acme/me", token).status());
                Result projects = measure(pool, "list 100 projects @" + clients, REQUESTS,
                        i -> Http.get(Projects.url("acme") + "?size=100&page=" + (i % 2), token).status());
                Result plan = measure(pool, "40 milestones @" + clients, REQUESTS, i -> Http.get(milestones, token).status());
                System.out.printf(Locale.ROOT, "%-36s list 100 projects %4.1f %%, 40 milestones %4.1f %% of the ceiling's throughput%n",
                        "read path @" + clients, 100 * projects.perSecond() / ceiling.perSecond(), 100 * plan.perSecond() / ceiling.perSecond());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Throughput and 95th percentile of one measured operation. */
    record Result(double perSecond, double p95Millis) {
    }

    static Result measure(ExecutorService pool, String name, int count, IntFunction<Integer> request) throws Exception {
        long[] nanos = new long[count];
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                int status = request.apply(index);
                nanos[index] = System.nanoTime() - t0;
                if (status >= 300) {
                    throw new IllegalStateException(name + " answered " + status);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-36s n=%5d  %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
                name, count, count / seconds, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[count - 1] / 1e6);
        return new Result(count / seconds, ms(nanos, 0.95));
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
