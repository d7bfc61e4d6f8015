package jp.kijun.steps;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Cucumber plugin that collects one result per scenario — name, feature file and line, status, the first line
 * of the error — for {@code kijun test} to print. Cucumber creates it by name from {@code --plugin}.
 */
public final class ScenarioResults implements ConcurrentEventListener {

    /** One scenario's result. */
    public record Result(String name, String location, boolean passed, String status, String error) {
    }

    private static final List<Result> RESULTS = Collections.synchronizedList(new ArrayList<>());

    /** Empties the results before a run. */
    public static void clear() {
        RESULTS.clear();
    }

    public static List<Result> results() {
        synchronized (RESULTS) {
            return List.copyOf(RESULTS);
        }
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, event -> {
            String uri = event.getTestCase().getUri().toString();
            String file = uri.startsWith("file:") ? java.nio.file.Path.of(event.getTestCase().getUri()).toString() : uri;
            Throwable error = event.getResult().getError();
            RESULTS.add(new Result(event.getTestCase().getName(), file + ":" + event.getTestCase().getLocation().getLine(),
                    event.getResult().getStatus() == Status.PASSED, event.getResult().getStatus().name().toLowerCase(),
                    error == null ? null : String.valueOf(error.getMessage()).strip()));
        });
    }
}
