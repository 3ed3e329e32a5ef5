#include "ui/common/ActionIcons.h"

using namespace Qt::StringLiterals;

// forgedesk.qrc is compiled into this static library; referencing its initialiser here keeps the linker
// from dropping it. Q_INIT_RESOURCE must be used outside a namespace.
static void initForgeDeskResources()
{
    Q_INIT_RESOURCE(forgedesk);
}

namespace ActionIcons {

QIcon bundled(const QString& name)
{
    static const bool initialised = (initForgeDeskResources(), true);
    Q_UNUSED(initialised);
    QIcon icon;
    icon.addFile(u":/icons/actions/%1.png"_s.arg(name), QSize(16, 16));
    icon.addFile(u":/icons/actions/%1@2x.png"_s.arg(name), QSize(32, 32));
    return icon;
}

QIcon icon(const QString& name)
{
    return QIcon::fromTheme(name, bundled(name));
}

QIcon applicationIcon()
{
    bundled(u"document-save"_s); // makes sure the resources are registered
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/app/%1/forgedesk.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(u"forgedesk"_s, icon);
}

} // namespace ActionIcons
