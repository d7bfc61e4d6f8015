package jp.kijun.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Works on independent items — files to read, documents to check — on as many threads as there are processors,
 * the heaviest first, so that a large inventory split into parts keeps every core busy to the end; the results
 * come back in the items' order.
 */
final class InParallel {

    private InParallel() {
    }

    static <T, R> List<R> map(List<T> items, ToLongFunction<T> weight, Function<T, R> work) {
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "kijun-facts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            items.forEach(item -> futures.add(null));
            IntStream.range(0, items.size()).boxed()
                    .sorted(Comparator.comparingLong((Integer index) -> weight.applyAsLong(items.get(index))).reversed())
                    .forEach(index -> futures.set(index, pool.submit(() -> work.apply(items.get(index)))));
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the facts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
