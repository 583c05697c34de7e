#pragma once

#include "storage/CheckedCopy.h"

#include <QCoreApplication>
#include <QTextStream>
#include <unistd.h>

namespace houqin::cli {

// A backup's or restore's progress as "Backing up… 45%" on one line of a terminal's stderr; nothing
// when stderr is a file or a pipe (a script reads the result, not the steps).
inline checkedcopy::Progress copyProgress(QTextStream& err, const QString& label) {
    if (!isatty(STDERR_FILENO))
        return {};
    return [&err, label, shown = -1](int done, int total) mutable {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (percent != shown) {
            shown = percent;
            err << '\r' << label << ' ' << percent << '%' << (percent == 100 ? "\n" : "");
            err.flush();
        }
        return true;
    };
}

} // namespace houqin::cli
