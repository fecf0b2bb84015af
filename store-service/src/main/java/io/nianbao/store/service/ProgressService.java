package io.nianbao.store.service;

import io.nianbao.store.service.view.Progress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The progress of a running batch, from the database: documents received and stored per minute, totals. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressService {
    public static final int MAX_MINUTES = 24 * 60;

    @Inject
    EntityManager em;

    public Progress progress(int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be between 1 and " + MAX_MINUTES + ": " + minutes);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime first = now.truncatedTo(ChronoUnit.MINUTES).minusMinutes(minutes - 1L);
        Map<OffsetDateTime, long[]> buckets = new LinkedHashMap<>();
        for (int i = 0; i < minutes; i++) {
            buckets.put(first.plusMinutes(i), new long[2]);
        }
        count(buckets, "received_at", first, 0);
        count(buckets, "first_stored_at", first, 1);
        List<Progress.Minute> per = new ArrayList<>();
        long received = 0;
        long stored = 0;
        for (Map.Entry<OffsetDateTime, long[]> e : buckets.entrySet()) {
            per.add(new Progress.Minute(e.getKey(), e.getValue()[0], e.getValue()[1]));
            received += e.getValue()[0];
            stored += e.getValue()[1];
        }
        Object[] totals = (Object[]) em.createNativeQuery("select (select count(*) from documents),"
                + " (select count(*) from reports), (select count(*) from reports where is_current),"
                + " (select count(*) from findings), (select count(*) from outbox where sent_at is null),"
                + " (select max(first_stored_at) from documents)").getSingleResult();
        return new Progress(now, minutes, per, received, stored, num(totals[0]), num(totals[1]), num(totals[2]),
                num(totals[3]), num(totals[4]), time(totals[5]));
    }

    private void count(Map<OffsetDateTime, long[]> buckets, String column, OffsetDateTime from, int slot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select date_trunc('minute', " + column + " at time zone 'UTC'), count(*)"
                + " from documents where " + column + " >= ?1 group by 1").setParameter(1, from).getResultList();
        for (Object[] r : rows) {
            OffsetDateTime minute = localUtc(r[0]);
            long[] b = minute == null ? null : buckets.get(minute);
            if (b != null) {
                b[slot] += num(r[1]);
            }
        }
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** A timestamp without zone that holds UTC (date_trunc of "at time zone 'UTC'"). */
    static OffsetDateTime localUtc(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.time.LocalDateTime t) {
            return t.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return java.time.LocalDateTime.parse(o.toString().replace(' ', 'T')).atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }
}
