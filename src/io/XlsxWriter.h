#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace houqin::io {

// One column of a sheet to write: its heading and how its cells are typed.
struct XlsxColumn {
    enum class Type {
        Text,     // a string cell: never a formula, whatever it begins with
        Number,   // a number shown with `decimals` decimal places (-1: as Excel's General shows it)
        Date,     // a date cell (yyyy-mm-dd)
        DateTime, // a date and time (yyyy-mm-dd hh:mm)
    };
    QString heading;
    Type type = Type::Text;
    int decimals = -1;
};

// A workbook of one sheet: a bold header row that stays in view (frozen) with filter buttons, column widths
// fitted to the content (a Chinese character counts twice), real date and number cells. Each row's values
// match the columns: QString for text, a number for numbers, QDate and QDateTime for dates; a null value
// or a value of another type leaves the cell empty. sheetName is shortened and cleaned to what Excel allows.
Result<QByteArray> writeXlsx(const QString& sheetName, const QList<XlsxColumn>& columns,
                             const QList<QVariantList>& rows);

} // namespace houqin::io
