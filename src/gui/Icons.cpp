#include "Icons.h"

#include <QCoreApplication>
#include <QHash>

namespace houqin::gui {

QIcon icon(const QString& name) {
    // Every list page's toolbar asks for the same few icons; reading and parsing an SVG each time was a
    // tenth of the start-up's instructions (callgrind). QIcon is implicitly shared: a copy is cheap. Widgets
    // live on the GUI thread only, so the cache needs no lock. It is emptied with the application, while
    // the SVG icon engine's plugin is still loaded.
    static QHash<QString, QIcon> cache;
    if (cache.isEmpty())
        qAddPostRoutine([] { cache.clear(); });
    auto it = cache.constFind(name);
    if (it == cache.constEnd())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

} // namespace houqin::gui
