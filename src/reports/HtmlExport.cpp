#include "HtmlExport.h"

#include "domain/OutputFile.h"

#include <QCoreApplication>

namespace houqin::reports {

namespace {
QString cellHtml(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString alignCss(Qt::Alignment a) {
    if (a & Qt::AlignHCenter)
        return QStringLiteral(" style=\"text-align:center\"");
    if (a & Qt::AlignRight)
        return QStringLiteral(" style=\"text-align:right\"");
    return {};
}
} // namespace

QString toHtml(const TableDocument& doc) {
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h += QStringLiteral("<title>%1</title>\n").arg(cellHtml(doc.kindergarten + QLatin1Char(' ') + doc.title));
    h += QStringLiteral(
        "<style>\n"
        "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\","
        "sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}\n"
        "h1{font-size:1.6em;text-align:center;margin:.2em 0}\n"
        ".school{text-align:center;color:#555;margin:0}\n"
        ".sub{text-align:center;color:#555;margin:.2em 0}\n"
        "table{border-collapse:collapse;width:100%;margin-top:1em}\n"
        "th,td{border:1px solid #999;padding:.45em .6em;vertical-align:middle}\n"
        "th{background:#f0f3f7}\n"
        "tbody th{white-space:nowrap}\n"
        ".note{color:#555;font-size:.9em;margin-top:1em}\n"
        "</style>\n</head>\n<body>\n");
    if (!doc.kindergarten.isEmpty())
        h += QStringLiteral("<p class=\"school\">%1</p>\n").arg(cellHtml(doc.kindergarten));
    h += QStringLiteral("<h1>%1</h1>\n").arg(cellHtml(doc.title));
    for (const QString& s : doc.subtitleLines)
        h += QStringLiteral("<p class=\"sub\">%1</p>\n").arg(cellHtml(s));
    h += QStringLiteral("<table>\n<thead><tr>");
    for (const TableDocument::Column& c : doc.columns)
        h += QStringLiteral("<th>%1</th>").arg(cellHtml(c.title));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : doc.rows) {
        h += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < doc.columns.size(); ++i) {
            const QString text = i < row.size() ? row.at(i) : QString();
            h += i == 0
                     ? QStringLiteral("<th scope=\"row\">%1</th>").arg(cellHtml(text))
                     : QStringLiteral("<td%1>%2</td>").arg(alignCss(doc.columns.at(i).align), cellHtml(text));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    if (!doc.footnote.trimmed().isEmpty())
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(cellHtml(doc.footnote.trimmed()));
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

Status writeHtml(const TableDocument& doc, const QString& path) {
    return OutputFile::writeAll(path, toHtml(doc).toUtf8());
}

} // namespace houqin::reports
