/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dossier-event.h"

G_BEGIN_DECLS

/* Set while events are extracted, before anyone else sees them. */
void
dossier_event_set_planned (DossierEvent *self, gboolean planned);
void
dossier_event_set_focus (DossierEvent *self, guint start, guint end);
/* (element-type DossierEntity): the event keeps a reference on each entity */
void
dossier_event_take_entities (DossierEvent *self, GPtrArray *entities);

G_END_DECLS
