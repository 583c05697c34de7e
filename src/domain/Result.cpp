#include "Result.h"

#include <QCoreApplication>

namespace houqin {

Error Error::validation(Issues issues) {
    Error e;
    e.code = Code::Validation;
    QStringList lines;
    for (const Issue& i : issues)
        if (i.isError())
            lines << i.message;
    e.message = lines.join(QLatin1Char('\n'));
    e.issues = std::move(issues);
    return e;
}

} // namespace houqin
