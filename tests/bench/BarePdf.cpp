// houqin_bare_pdf: the floor of tests/bench/pdf.py, the least a competent Qt programmer writes to print
// the same week's food sample register as `houqin print food-samples-weekly`, with no Houqin library:
// a QGuiApplication, the SQLite file opened read-only through the sqlite3 C API, the same rows (the week's
// samples by the time they were stored) and the same page: A4 landscape with 12 mm margins, the
// kindergarten's name and the title above a rule on every page, the heading, the ISO week and the
// teaching week, a ruled table of the same ten columns with its grey header row repeated on each page,
// the dish column wrapping, a row never split across pages, the count of samples, the two signature
// blanks, "第 x 页 / 共 y 页" and the audit trail's head in every footer. The texts are written in Chinese
// (no translation files), the font is the file Houqin loads (WenQuanYi Micro Hei) and the status is
// computed from the sample hold setting as Houqin's is. No error handling beyond what keeps it honest.
//
//     houqin_bare_pdf DATABASE 2026-W47 OUT.pdf
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <cstdio>
#include <sqlite3.h>

namespace {

struct Column {
    const char* title;
    int stretch;
    Qt::Alignment align;
};

// The register's ten columns, as Houqin's declaration makes them: titles, relative widths, alignments.
const Column kColumns[] = {
    {"日期", 2, Qt::AlignHCenter},     {"餐次", 2, Qt::AlignHCenter},
    {"菜品", 5, Qt::AlignLeft},        {"重量（g）", 2, Qt::AlignRight},
    {"留样时间", 3, Qt::AlignHCenter}, {"冰箱温度（°C）", 2, Qt::AlignRight},
    {"留样人", 2, Qt::AlignHCenter},   {"处置时间", 3, Qt::AlignHCenter},
    {"处置人", 2, Qt::AlignHCenter},   {"状态", 2, Qt::AlignHCenter},
};
constexpr int kColumnCount = int(sizeof kColumns / sizeof kColumns[0]);

QString text(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

// "2026-11-16T08:26:00" as people read it: "2026-11-16 08:26" (seconds only when there are some).
QString shownDateTime(const QString& iso) {
    if (iso.isEmpty())
        return iso;
    QString s = iso.left(19);
    s[10] = QLatin1Char(' ');
    return s.endsWith(QLatin1String(":00")) ? s.left(16) : s;
}

QString meal(const QString& key) {
    static const QHash<QString, QString> labels{
        {QStringLiteral("breakfast"), QStringLiteral("早餐")},
        {QStringLiteral("morning-snack"), QStringLiteral("早点")},
        {QStringLiteral("lunch"), QStringLiteral("午餐")},
        {QStringLiteral("afternoon-snack"), QStringLiteral("午点")},
        {QStringLiteral("dinner"), QStringLiteral("晚餐")},
    };
    return labels.value(key, key);
}

QFont font(const QString& family, qreal pt, bool bold = false) {
    QFont f(family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

struct Row {
    QStringList cells;
    qreal height = 0;
};

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: houqin_bare_pdf DATABASE YYYY-Www OUT.pdf\n");
        return 2;
    }
    const QString week = QString::fromUtf8(argv[2]);
    const int isoYear = week.left(4).toInt(), isoWeek = week.mid(6).toInt();
    const QDate jan4(isoYear, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (isoWeek - 1)), sunday = monday.addDays(6);

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    QString name, semesterStart;
    int holdHours = 48;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT key, value FROM settings WHERE key IN ('kindergarten.name', 'semester.start', "
                       "'canteen.sample.hold_hours')",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString key = text(st, 0), value = text(st, 1);
        if (key == QLatin1String("kindergarten.name"))
            name = value;
        else if (key == QLatin1String("semester.start"))
            semesterStart = value;
        else
            holdHours = value.toInt();
    }
    sqlite3_finalize(st);

    QString chain;
    sqlite3_prepare_v2(db, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", -1, &st, nullptr);
    if (sqlite3_step(st) == SQLITE_ROW) {
        const QString h = text(st, 0);
        chain = QStringLiteral("操作记录 ") + h.left(8) + QChar(0x2026) + h.right(8);
    }
    sqlite3_finalize(st);

    QList<Row> rows;
    const QDateTime now = QDateTime::currentDateTime();
    sqlite3_prepare_v2(
        db,
        "SELECT date, meal, dish, weight_g, stored_at, fridge_temp_c, sampled_by, disposed_at, "
        "disposed_by FROM food_samples WHERE date >= ?1 AND date <= ?2 ORDER BY stored_at, id",
        -1, &st, nullptr);
    const QByteArray from = monday.toString(Qt::ISODate).toUtf8(), to = sunday.toString(Qt::ISODate).toUtf8();
    sqlite3_bind_text(st, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString stored = text(st, 4), disposedAt = text(st, 7);
        QString status = QStringLiteral("已处置");
        if (disposedAt.isEmpty()) {
            const QDateTime due =
                QDateTime::fromString(stored, Qt::ISODate).addSecs(qint64(holdHours) * 3600);
            status = now < due                      ? QStringLiteral("留样中")
                     : now > due.addSecs(24 * 3600) ? QStringLiteral("逾期未处置")
                                                    : QStringLiteral("可处置");
        }
        Row row;
        row.cells << text(st, 0) << meal(text(st, 1)) << text(st, 2)
                  << QString::number(sqlite3_column_double(st, 3), 'f', 1) << shownDateTime(stored)
                  << (sqlite3_column_type(st, 5) == SQLITE_NULL
                          ? QString()
                          : QString::number(sqlite3_column_double(st, 5), 'f', 1))
                  << text(st, 6) << shownDateTime(disposedAt) << text(st, 8) << status;
        rows << row;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);

    // The CJK font Houqin prints with, loaded from its file as Houqin does.
    QString family = QStringLiteral("WenQuanYi Micro Hei");
    const int fontId =
        QFontDatabase::addApplicationFont(QStringLiteral("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
    for (const QString& f : QFontDatabase::applicationFontFamilies(fontId))
        if (!f.contains(QStringLiteral("Mono")) && !f.contains(QStringLiteral("等"))) {
            family = f;
            break;
        }

    QPdfWriter pdf(QString::fromLocal8Bit(argv[3]));
    pdf.setTitle(QStringLiteral("留样登记表"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    const qreal px = pdf.logicalDpiY() / 72.0, width = pdf.width(), height = pdf.height();
    const QFont bandFont = font(family, 8.5), headingFont = font(family, 15, true),
                subFont = font(family, 10), headFont = font(family, 9.5, true), bodyFont = font(family, 9.5),
                noteFont = font(family, 8.5);
    const QFontMetricsF band(bandFont, &pdf), heading(headingFont, &pdf), sub(subFont, &pdf),
        head(headFont, &pdf), body(bodyFont, &pdf), note(noteFont, &pdf);
    const qreal gap = 4 * px, pad = 2.5 * px;
    const qreal top = band.height() + 2 * gap, bottom = height - band.height() - 2 * gap;

    // Column widths: each column's widest cell on one line, the room left over by stretch; the dish column
    // gives way (and wraps) when the page is too narrow.
    QList<qreal> widths(kColumnCount, 0);
    int stretchSum = 0;
    for (int c = 0; c < kColumnCount; ++c) {
        widths[c] = head.horizontalAdvance(QString::fromUtf8(kColumns[c].title));
        for (const Row& r : rows)
            widths[c] = qMax(widths[c], body.horizontalAdvance(r.cells[c]));
        widths[c] += 2 * pad;
        stretchSum += kColumns[c].stretch;
    }
    qreal sum = 0;
    for (qreal w : widths)
        sum += w;
    if (sum <= width) {
        for (int c = 0; c < kColumnCount; ++c)
            widths[c] += (width - sum) * kColumns[c].stretch / stretchSum;
    } else {
        widths[2] = qMax(4 * body.horizontalAdvance(QChar(0x4E2D)) + 2 * pad, widths[2] - (sum - width));
    }

    const int wrap = Qt::TextWordWrap | Qt::TextWrapAnywhere;
    auto rowHeight = [&](const QStringList& cells, const QFontMetricsF& m) {
        qreal h = m.height();
        for (int c = 0; c < kColumnCount; ++c)
            h = qMax(h, m.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e9), wrap, cells[c]).height());
        return h + 2 * pad;
    };
    QStringList titles;
    for (const Column& c : kColumns)
        titles << QString::fromUtf8(c.title);
    const qreal headHeight = rowHeight(titles, head);
    for (Row& r : rows)
        r.height = rowHeight(r.cells, body);

    // Pages: which rows go on which page; the first page starts below the heading.
    int isoYearOut = 0;
    const int isoWeekOut = monday.weekNumber(&isoYearOut);
    QString subtitle =
        QStringLiteral("%1年第%2周（%3—%4）")
            .arg(isoYearOut)
            .arg(isoWeekOut)
            .arg(monday.toString(QStringLiteral("M月d日")), sunday.toString(QStringLiteral("M月d日")));
    const QDate start = QDate::fromString(semesterStart, Qt::ISODate);
    if (start.isValid()) {
        const int teaching = int(start.addDays(1 - start.dayOfWeek()).daysTo(monday) / 7) + 1;
        if (teaching >= 1)
            subtitle += QStringLiteral("    教学周：第%1周").arg(teaching);
    }
    const qreal tableTop = top + heading.height() + 4 * px + sub.height() + 2 * px + 6 * px;
    const QString footnote =
        rows.isEmpty() ? QStringLiteral("本期无留样记录。") : QStringLiteral("共 %1 份留样").arg(rows.size());
    const qreal tail = 4 * px + note.height() + 18 * px + sub.height();
    QList<int> firstRow{0};
    qreal y = tableTop + headHeight;
    for (int i = 0; i < rows.size(); ++i) {
        if (y + rows[i].height > bottom) {
            firstRow << i;
            y = top + headHeight;
        }
        y += rows[i].height;
    }
    const bool tailOwnPage = y + tail > bottom;
    const int pages = int(firstRow.size()) + (tailOwnPage ? 1 : 0);

    QPainter p(&pdf);
    p.setRenderHint(QPainter::Antialiasing);
    const QPen rule(Qt::black, 0.6 * px), bandRule(Qt::black, 0.5 * px);
    auto drawRow = [&](const QStringList& cells, qreal at, qreal h, const QFont& f, bool header) {
        const QRectF box(0, at, width, h);
        if (header)
            p.fillRect(box, QColor(0xE8, 0xE8, 0xE8));
        p.setFont(f);
        p.setPen(Qt::black);
        qreal x = 0;
        for (int c = 0; c < kColumnCount; ++c) {
            const Qt::Alignment a = header ? Qt::AlignHCenter : kColumns[c].align;
            p.drawText(QRectF(x + pad, at + pad, widths[c] - 2 * pad, h - 2 * pad),
                       int(a | Qt::AlignVCenter) | wrap, cells[c]);
            x += widths[c];
        }
        p.setPen(rule);
        p.drawRect(box);
        x = 0;
        for (int c = 0; c + 1 < kColumnCount; ++c) {
            x += widths[c];
            p.drawLine(QPointF(x, at), QPointF(x, at + h));
        }
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        // Page header and footer.
        p.setFont(bandFont);
        p.setPen(Qt::black);
        const QRectF headerText(0, 0, width, band.height());
        p.drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter, name);
        p.drawText(headerText, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("留样登记表"));
        p.setPen(bandRule);
        p.drawLine(QPointF(0, band.height() + gap), QPointF(width, band.height() + gap));
        p.setPen(Qt::black);
        const QRectF footerText(0, height - band.height(), width, band.height());
        p.drawText(footerText, Qt::AlignHCenter | Qt::AlignVCenter,
                   QStringLiteral("第 %1 页 / 共 %2 页").arg(page + 1).arg(pages));
        p.drawText(footerText, Qt::AlignRight | Qt::AlignVCenter, chain);

        y = top;
        if (page == 0) {
            p.setFont(headingFont);
            p.drawText(QRectF(0, y, width, heading.height()), Qt::AlignHCenter, QStringLiteral("留样登记表"));
            y += heading.height() + 4 * px;
            p.setFont(subFont);
            p.drawText(QRectF(0, y, width, sub.height()), Qt::AlignHCenter, subtitle);
            y = tableTop;
        }
        if (page < firstRow.size()) {
            drawRow(titles, y, headHeight, headFont, true);
            y += headHeight;
            const int end = page + 1 < firstRow.size() ? firstRow[page + 1] : int(rows.size());
            for (int i = firstRow[page]; i < end; ++i) {
                drawRow(rows[i].cells, y, rows[i].height, bodyFont, false);
                y += rows[i].height;
            }
        }
        if (page == pages - 1) {
            p.setFont(noteFont);
            p.setPen(Qt::black);
            y += 4 * px;
            p.drawText(QRectF(0, y, width, note.height()), Qt::AlignLeft, footnote);
            y += note.height() + 18 * px;
            p.setFont(subFont);
            const QString blank = QStringLiteral("____________________");
            p.drawText(QRectF(pad, y + pad, width / 2, sub.height()), Qt::AlignLeft,
                       QStringLiteral("留样人（签字）：") + blank);
            p.drawText(QRectF(width / 2 + pad, y + pad, width / 2, sub.height()), Qt::AlignLeft,
                       QStringLiteral("审核人（签字）：") + blank);
        }
    }
    p.end();
    return 0;
}
