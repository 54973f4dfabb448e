package io.alliancehub.notifications.service;

import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.notifications.domain.MailKind;
import io.alliancehub.notifications.service.model.OptOutView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * The opt-out link of each reminder: a random token standing for (address, kind), so the link names neither. Whoever
 * holds the link (the recipient, or their mail client's one-click unsubscribe, RFC 8058) may switch that kind of
 * reminder off and on again; nothing else is reachable with it.
 */
@ApplicationScoped
public class OptOutLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a token looks like: 24 random bytes, base64url (the spec's pattern and length). */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @Inject
    EntityManager em;

    /** The token for an address's reminders of a kind: the same one in every mail, made at the first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String token(String recipientHash, MailKind kind) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        em.createNativeQuery("insert into mail_opt_out_link (token, recipient_hash, kind, created_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (recipient_hash, kind) do nothing")
                .setParameter(1, Base64.getUrlEncoder().withoutPadding().encodeToString(random))
                .setParameter(2, recipientHash)
                .setParameter(3, kind.name())
                .setParameter(4, OffsetDateTime.now())
                .executeUpdate();
        return (String)
                em.createNativeQuery("select token from mail_opt_out_link where recipient_hash = ?1 and kind = ?2")
                        .setParameter(1, recipientHash)
                        .setParameter(2, kind.name())
                        .getSingleResult();
    }

    @Transactional
    public OptOutView get(String token) {
        Object[] link = link(token);
        return view(link);
    }

    /** Switches the link's kind of reminder off; idempotent. */
    @Transactional
    public OptOutView optOut(String token) {
        Object[] link = link(token);
        em.createNativeQuery("insert into mail_opt_out (recipient_hash, kind, created_at) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, link[0])
                .setParameter(2, link[1])
                .setParameter(3, OffsetDateTime.now())
                .executeUpdate();
        return view(link);
    }

    /** Switches it back on; idempotent. */
    @Transactional
    public OptOutView optIn(String token) {
        Object[] link = link(token);
        em.createNativeQuery("delete from mail_opt_out where recipient_hash = ?1 and kind = ?2")
                .setParameter(1, link[0])
                .setParameter(2, link[1])
                .executeUpdate();
        return view(link);
    }

    /** (recipient_hash, kind) of a token; 404 for one never issued, whatever it holds (never sent to the database). */
    private Object[] link(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw ApiException.notFound("opt-out link", "(not a link id)");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select recipient_hash, kind from mail_opt_out_link where token = ?1")
                .setParameter(1, token)
                .getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("opt-out link", token);
        }
        return rows.get(0);
    }

    private OptOutView view(Object[] link) {
        boolean optedOut = !em.createNativeQuery("select 1 from mail_opt_out where recipient_hash = ?1 and kind = ?2")
                .setParameter(1, link[0])
                .setParameter(2, link[1])
                .getResultList()
                .isEmpty();
        return new OptOutView(MailKind.valueOf((String) link[1]), optedOut);
    }
}
