package jp.kijun.facts.domain;

import jp.kijun.facts.model.networks.ZoneConnection;

/** What rules ask of network facts: which zones a connection joins. */
public final class Networks {

    private Networks() {
    }

    /** True when the connection touches {@code zone} at either end. */
    public static boolean touches(ZoneConnection connection, String zone) {
        return zone.equals(connection.from()) || zone.equals(connection.to());
    }
}
