#include "ProcessSetup.h"

#include <QFile>
#include <QtGlobal>

namespace houqin {

void cacheTimeZone() {
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    if (QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
}

} // namespace houqin
