#include "Actor.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

namespace houqin {

Actor Actor::systemUser() {
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QFileInfo(QDir::homePath()).fileName();
    if (name.isEmpty())
        name = QStringLiteral("unknown");
    return {name};
}

} // namespace houqin
