#include "XlsxReader.h"

#include "XlsxDates.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>
#include <optional>
#include <zip.h>

namespace houqin::io {

namespace {

constexpr qint64 kMaxPart = 512LL * 1024 * 1024; // a part larger than this unpacked is refused
constexpr int kMaxColumns = 16384;               // XFD, Excel's last column
constexpr int kMaxRows = 1048576;

// The parts of the zip archive, read on demand.
class Archive {
public:
    explicit Archive(const QByteArray& data) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source =
            zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
        if (source) {
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!m_zip)
                zip_source_free(source);
        }
        zip_error_fini(&error);
    }
    ~Archive() {
        if (m_zip)
            zip_discard(m_zip);
    }
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;
    bool isOpen() const { return m_zip != nullptr; }

    // The part's bytes; nullopt when it is absent or cannot be unpacked (*damaged set in the latter case).
    std::optional<QByteArray> part(const QString& name, bool* damaged) const {
        zip_file_t* f = zip_fopen(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
        if (!f)
            return std::nullopt;
        QByteArray out;
        char buffer[65536];
        for (;;) {
            const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
            if (n < 0 || out.size() + n > kMaxPart) {
                *damaged = true;
                zip_fclose(f);
                return std::nullopt;
            }
            if (n == 0)
                break;
            out.append(buffer, qsizetype(n));
        }
        zip_fclose(f);
        return out;
    }

private:
    zip_t* m_zip = nullptr;
};

// Excel writes characters XML cannot hold as _xHHHH_ (a CR is _x000D_, a literal "_x" is _x005F_x).
QString unescape(const QString& s) {
    if (!s.contains(QLatin1String("_x")))
        return s;
    static const QRegularExpression escaped(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = escaped.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

// The text of the <t> elements inside the current element (a shared string <si> or an inline <is>),
// rich-text runs joined, phonetic guides (<rPh>) left out. Leaves the reader on the element's end.
QString readStringItem(QXmlStreamReader& xml) {
    QString text;
    int depth = 1, phonetic = 0;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
        }
    }
    return unescape(text);
}

QString attribute(const QXmlStreamReader& xml, const char* name) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == QLatin1String(name))
            return a.value().toString();
    return {};
}

// "D7" -> column 3 (0-based) and row 7; false when it is not a cell reference.
bool parseReference(const QString& ref, int* column, int* row) {
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || !ok || r < 1 || r > kMaxRows)
        return false;
    *column = int(col - 1);
    *row = r;
    return true;
}

QString numberText(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QString dateText(const QDateTime& dt, xlsxdates::Shown shown) {
    const QTime t = dt.time();
    const QString time = t.toString(t.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    switch (shown) {
    case xlsxdates::Shown::Time:
        return time;
    case xlsxdates::Shown::DateTime:
        return dt.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') + time;
    default:
        return dt.date().toString(QStringLiteral("yyyy-MM-dd"));
    }
}

struct Workbook {
    QList<QString> sheetNames;
    QList<QString> sheetParts; // the part of each sheet, e.g. "xl/worksheets/sheet1.xml"
    bool date1904 = false;
    QStringList sharedStrings;
    QList<xlsxdates::Shown> styles; // per cellXfs index: how its number format shows a number
};

struct Failure {
    QString reason;
};

std::optional<Failure> readWorkbook(const Archive& zip, Workbook& wb) {
    bool damaged = false;
    const auto workbook = zip.part(QStringLiteral("xl/workbook.xml"), &damaged);
    if (!workbook)
        return Failure{QCoreApplication::translate(
            "Xlsx", "The workbook is damaged: it has no list of sheets (xl/workbook.xml).")};
    QList<QString> ids;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("sheet")) {
            wb.sheetNames << attribute(xml, "name");
            ids << attribute(xml, "id");
        } else if (xml.name() == QLatin1String("workbookPr")) {
            const QString v = attribute(xml, "date1904");
            wb.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        }
    }
    if (xml.hasError() || wb.sheetNames.isEmpty())
        return Failure{QCoreApplication::translate(
            "Xlsx", "The workbook is damaged: its list of sheets cannot be read.")};
    QHash<QString, QString> targets;
    if (const auto rels = zip.part(QStringLiteral("xl/_rels/workbook.xml.rels"), &damaged)) {
        QXmlStreamReader r(*rels);
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("Relationship")) {
                QString target = attribute(r, "Target");
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(attribute(r, "Id"), target);
            }
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        wb.sheetParts << targets.value(ids.at(i), QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));

    if (const auto shared = zip.part(QStringLiteral("xl/sharedStrings.xml"), &damaged)) {
        QXmlStreamReader s(*shared);
        while (!s.atEnd())
            if (s.readNext() == QXmlStreamReader::StartElement && s.name() == QLatin1String("si"))
                wb.sharedStrings << readStringItem(s);
        if (s.hasError())
            return Failure{QCoreApplication::translate(
                "Xlsx", "The workbook is damaged: its shared strings cannot be read.")};
    }
    if (const auto styles = zip.part(QStringLiteral("xl/styles.xml"), &damaged)) {
        QHash<int, QString> codes;
        QXmlStreamReader s(*styles);
        bool inCellXfs = false;
        while (!s.atEnd()) {
            const auto token = s.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (s.name() == QLatin1String("numFmt"))
                    codes.insert(attribute(s, "numFmtId").toInt(), attribute(s, "formatCode"));
                else if (s.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (inCellXfs && s.name() == QLatin1String("xf")) {
                    const int id = attribute(s, "numFmtId").toInt();
                    wb.styles << xlsxdates::shownAs(id, codes.value(id));
                }
            } else if (token == QXmlStreamReader::EndElement && s.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
    }
    if (damaged)
        return Failure{
            QCoreApplication::translate("Xlsx", "The workbook is damaged: a part of it cannot be unpacked.")};
    return std::nullopt;
}

// One cell's text from its type (t), style (s) and value (<v>, or the inline string).
QString cellText(const Workbook& wb, const QString& type, int style, const QString& value, bool* bad) {
    if (value.isEmpty())
        return {};
    if (type == QLatin1String("inlineStr"))
        return value; // readStringItem has decoded it
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int i = value.trimmed().toInt(&ok);
        if (!ok || i < 0 || i >= wb.sharedStrings.size()) {
            *bad = true;
            return {};
        }
        return wb.sharedStrings.at(i);
    }
    if (type == QLatin1String("str"))
        return unescape(value);
    if (type == QLatin1String("e"))
        return value;
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("d")) { // an ISO 8601 date, rare (Excel's strict mode)
        QString v = value.trimmed();
        if (v.endsWith(QLatin1String("T00:00:00")) || v.endsWith(QLatin1String("T00:00:00Z")))
            return v.left(10);
        return v.replace(QLatin1Char('T'), QLatin1Char(' '));
    }
    if (value.trimmed().isEmpty())
        return {};
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok) {
        *bad = true;
        return {};
    }
    const auto shown =
        style >= 0 && style < wb.styles.size() ? wb.styles.at(style) : xlsxdates::Shown::Number;
    if (shown == xlsxdates::Shown::Percent)
        return numberText(QString::number(number * 100.0, 'g', 15).toDouble()); // 57.49999… is 57.5
    if (shown != xlsxdates::Shown::Number)
        if (const QDateTime dt = xlsxdates::fromSerial(number, wb.date1904); dt.isValid())
            return dateText(dt, shown);
    return numberText(number);
}

Error fail(const CsvFault& f, CsvFault* out) {
    if (out)
        *out = f;
    const QString msg =
        f.row > 0 ? QCoreApplication::translate("Csv", "Row %1: %2").arg(f.row).arg(f.reason) : f.reason;
    return Error::make(Error::Code::Io, msg, QStringLiteral("parseXlsx"));
}

bool isBlank(const QStringList& cells) {
    for (const QString& c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

bool looksLikeZip(const QByteArray& data) {
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Result<CsvTable> parseXlsx(const QByteArray& data, const QString& sheet, CsvFault* fault) {
    const Archive zip(data);
    if (!zip.isOpen())
        return fail(
            {0,
             QCoreApplication::translate(
                 "Xlsx", "The file is not an .xlsx workbook (it cannot be opened as one). Save it from Excel "
                         "or WPS as .xlsx or as \"CSV UTF-8\" and try again.")},
            fault);
    Workbook wb;
    if (const auto failure = readWorkbook(zip, wb))
        return fail({0, failure->reason}, fault);
    qsizetype index = 0;
    if (!sheet.isEmpty()) {
        index = wb.sheetNames.indexOf(sheet);
        for (qsizetype i = 0; index < 0 && i < wb.sheetNames.size(); ++i)
            if (wb.sheetNames.at(i).compare(sheet, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0)
            return fail({0, QCoreApplication::translate(
                                "Xlsx", "The workbook has no sheet named \"%1\"; its sheets are: %2.")
                                .arg(sheet, wb.sheetNames.join(QStringLiteral(", ")))},
                        fault);
    }
    bool damaged = false;
    const auto part = zip.part(wb.sheetParts.at(index), &damaged);
    if (!part)
        return fail({0, QCoreApplication::translate(
                            "Xlsx", "The workbook is damaged: the sheet \"%1\" cannot be read.")
                            .arg(wb.sheetNames.at(index))},
                    fault);

    QMap<int, QStringList> rows;
    QXmlStreamReader xml(*part);
    int rowNumber = 0, column = -1;
    bool bad = false;
    while (!xml.atEnd() && !bad) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = attribute(xml, "r").toInt(&ok);
            rowNumber = ok ? r : rowNumber + 1;
            column = -1;
            if (rowNumber < 1 || rowNumber > kMaxRows)
                bad = true;
        } else if (xml.name() == QLatin1String("c")) {
            const QString ref = attribute(xml, "r");
            int refRow = 0;
            if (ref.isEmpty())
                ++column;
            else if (!parseReference(ref, &column, &refRow) || (rowNumber > 0 && refRow != rowNumber))
                bad = true;
            if (rowNumber == 0)
                rowNumber = refRow;
            if (bad || column >= kMaxColumns || rowNumber < 1) {
                bad = true;
                break;
            }
            const QString type = attribute(xml, "t");
            const QString style = attribute(xml, "s");
            QString value;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                    break;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("v"))
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (xml.name() == QLatin1String("is"))
                    value = readStringItem(xml);
            }
            const QString text = cellText(wb, type, style.isEmpty() ? -1 : style.toInt(), value, &bad);
            if (text.isEmpty())
                continue;
            QStringList& cells = rows[rowNumber];
            while (cells.size() <= column)
                cells << QString();
            cells[column] = text;
        }
    }
    if (bad || xml.hasError())
        return fail(
            {rowNumber, QCoreApplication::translate(
                            "Xlsx", "The workbook is damaged: this row of the sheet \"%1\" cannot be read.")
                            .arg(wb.sheetNames.at(index))},
            fault);
    CsvTable table;
    bool headerSeen = false;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (isBlank(*it))
            continue;
        if (!headerSeen) {
            table.header = *it;
            table.headerRow = it.key();
            headerSeen = true;
        } else {
            table.rows << *it;
            table.rowNumbers << it.key();
        }
    }
    return table;
}

} // namespace houqin::io
