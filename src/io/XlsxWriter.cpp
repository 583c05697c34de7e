#include "XlsxWriter.h"

#include "XlsxDates.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <algorithm>
#include <xlsxwriter.h>

namespace houqin::io {

namespace {

// Width in Excel's character units: CJK and other wide characters take two.
int textWidth(const QString& s) {
    int w = 0, line = 0;
    for (const QChar c : s) {
        if (c == QLatin1Char('\n')) {
            w = std::max(w, line);
            line = 0;
            continue;
        }
        const char16_t u = c.unicode();
        line +=
            (u >= 0x1100 && (u <= 0x115F || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                             (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
                             (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6)))
                ? 2
                : 1;
    }
    return std::max(w, line);
}

QString sheetNameFor(QString name) {
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    name = name.left(31).trimmed();
    if (name.startsWith(QLatin1Char('\'')))
        name[0] = QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

Error failed(const QString& detail) {
    return Error::make(Error::Code::Io,
                       QCoreApplication::translate("Xlsx", "Could not write the workbook: %1").arg(detail),
                       QStringLiteral("writeXlsx"));
}

} // namespace

Result<QByteArray> writeXlsx(const QString& sheetName, const QList<XlsxColumn>& columns,
                             const QList<QVariantList>& rows) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(dir.errorString());
    const QByteArray path = dir.filePath(QStringLiteral("export.xlsx")).toLocal8Bit();
    const QByteArray tmp = dir.path().toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char*>(tmp.constData());
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return failed(QStringLiteral("workbook_new"));
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetNameFor(sheetName).toUtf8().constData());
    if (!sheet)
        sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xEDEDED);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* text = workbook_add_format(book);
    format_set_num_format(text, "@");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    QHash<int, lxw_format*> numbers; // by decimals
    auto numberFormat = [&](int decimals) -> lxw_format* {
        if (decimals < 0)
            return nullptr;
        if (auto it = numbers.constFind(decimals); it != numbers.constEnd())
            return *it;
        lxw_format* f = workbook_add_format(book);
        const QByteArray code = decimals == 0 ? QByteArray("0") : "0." + QByteArray(decimals, '0');
        format_set_num_format(f, code.constData());
        numbers.insert(decimals, f);
        return f;
    };

    QList<int> widths;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QByteArray heading = columns.at(c).heading.toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c), heading.constData(), header);
        widths << textWidth(columns.at(c).heading) + 3; // room for the filter button
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QVariantList& values = rows.at(r);
        const lxw_row_t row = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < columns.size() && c < values.size(); ++c) {
            const QVariant& v = values.at(c);
            if (v.isNull())
                continue;
            const XlsxColumn& col = columns.at(c);
            const lxw_col_t column = lxw_col_t(c);
            int width = 0;
            switch (col.type) {
            case XlsxColumn::Type::Number: {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok)
                    continue;
                worksheet_write_number(sheet, row, column, d, numberFormat(col.decimals));
                width = int(QString::number(d, 'f', std::max(col.decimals, 0)).size());
                break;
            }
            case XlsxColumn::Type::Date:
                if (v.typeId() != QMetaType::QDate || !v.toDate().isValid())
                    continue;
                worksheet_write_number(sheet, row, column, xlsxdates::toSerial(v.toDate()), date);
                width = 10;
                break;
            case XlsxColumn::Type::DateTime:
                if (v.typeId() != QMetaType::QDateTime || !v.toDateTime().isValid())
                    continue;
                worksheet_write_number(sheet, row, column, xlsxdates::toSerial(v.toDateTime()), dateTime);
                width = 16;
                break;
            case XlsxColumn::Type::Text: {
                const QString s = v.toString();
                if (s.isEmpty())
                    continue;
                worksheet_write_string(sheet, row, column, s.toUtf8().constData(), text);
                width = textWidth(s);
                break;
            }
            }
            widths[c] = std::max(widths.at(c), width + 1);
        }
    }
    for (qsizetype c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(widths.at(c), 6, 60), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns.size() - 1));
    if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(e)));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    return file.readAll();
}

} // namespace houqin::io
