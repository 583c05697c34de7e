#pragma once

#include <QList>
#include <QString>

namespace houqin {

// One broken rule of one record. An error refuses the record; a warning is shown and the record is kept.
struct Issue {
    enum class Severity { Error, Warning };
    QString field;   // field key, empty for the record as a whole
    QString message; // translated
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    static Issue error(QString field, QString message) {
        return {std::move(field), std::move(message), Severity::Error};
    }
    static Issue warning(QString field, QString message) {
        return {std::move(field), std::move(message), Severity::Warning};
    }
};

using Issues = QList<Issue>;

inline bool hasErrors(const Issues& issues) {
    for (const Issue& i : issues)
        if (i.isError())
            return true;
    return false;
}

} // namespace houqin
