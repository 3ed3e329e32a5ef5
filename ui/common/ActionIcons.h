#pragma once

#include <QIcon>
#include <QString>

// Icons for actions: the desktop theme's icon of that freedesktop name first, so ForgeDesk looks like
// the other applications; otherwise the bundled 16 px / 32 px (@2x) fallback from resources/forgedesk.qrc.
namespace ActionIcons {

// `name` is a freedesktop icon name with a bundled fallback: document-save, edit-undo, edit-redo,
// document-revert, view-refresh, edit-find, appointment-new, document-export.
QIcon icon(const QString& name);
// The bundled fallback alone (tests; and the window icon's sizes).
QIcon bundled(const QString& name);
// ForgeDesk's own icon in every bundled size (the window icon when the theme has none installed).
QIcon applicationIcon();

} // namespace ActionIcons
