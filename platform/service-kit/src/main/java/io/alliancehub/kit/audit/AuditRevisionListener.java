package io.alliancehub.kit.audit;

import io.alliancehub.kit.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the actor: the HTTP caller, or what {@link AuditActor} names for jobs. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.actor = AuditActor.current();
        revision.reason = AuditActor.reason();
        if (revision.actor == null) {
            ArcContainer container = Arc.container();
            if (container != null && container.requestContext().isActive()) {
                revision.actor = container.instance(Caller.class).get().actor();
            }
        }
        if (revision.actor == null) {
            revision.actor = "system";
        }
    }
}
