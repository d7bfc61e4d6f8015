package jp.kijun.engine;

import jp.kijun.facts.model.systems.InformationSystem;
import jp.kijun.facts.model.systems.LogReview;
import jp.kijun.facts.model.networks.NetworkLink;
import jp.kijun.facts.model.systems.Spare;
import jp.kijun.facts.model.systems.UserNotice;

import java.util.ArrayList;
import java.util.List;

/** Flattens the id lists that rules join on into {@link ListEntry} facts, inserted beside the facts themselves. */
final class ListEntries {

    static final String LOG_REVIEW_SOURCES = "logReview.sources";
    static final String NETWORK_LINK_SYSTEMS = "networkLink.systems";
    static final String SPARE_SYSTEMS = "spare.systems";
    static final String USER_NOTICE_SYSTEMS = "userNotice.systems";
    static final String LOAD_ALERT_RECIPIENTS = "system.loadAlertRecipients";

    private ListEntries() {
    }

    /** The entries of every flattened list held by {@code facts}. */
    static List<ListEntry> of(List<Object> facts) {
        List<ListEntry> entries = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof LogReview review) {
                add(entries, LOG_REVIEW_SOURCES, review.id(), review.sources());
            } else if (fact instanceof NetworkLink link) {
                add(entries, NETWORK_LINK_SYSTEMS, link.id(), link.systems());
            } else if (fact instanceof Spare spare) {
                add(entries, SPARE_SYSTEMS, spare.id(), spare.systems());
            } else if (fact instanceof UserNotice notice) {
                add(entries, USER_NOTICE_SYSTEMS, notice.id(), notice.systems());
            } else if (fact instanceof InformationSystem system && system.availability() != null
                    && system.availability().loadMonitoring() != null) {
                add(entries, LOAD_ALERT_RECIPIENTS, system.id(), system.availability().loadMonitoring().recipients());
            }
        }
        return entries;
    }

    private static void add(List<ListEntry> entries, String list, String owner, List<String> values) {
        for (String value : values) {
            entries.add(new ListEntry(list, owner, value));
        }
    }
}
