#include "Icons.h"

namespace houqin::gui {

QIcon icon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

} // namespace houqin::gui
