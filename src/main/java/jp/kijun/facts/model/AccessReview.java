package jp.kijun.facts.model;

import java.time.LocalDate;

import jp.kijun.facts.Entity;

/** A review of the user access rights on an information system. */
public record AccessReview(
        String id,
        String system,
        LocalDate performedOn,
        String reviewer,
        Integer accountsReviewed,
        Integer accountsRevoked) implements Entity {
}
