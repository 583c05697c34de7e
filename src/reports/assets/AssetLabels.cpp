#include "../Printer.h"
#include "AssetReports.h"
#include "QrCode.h"
#include "domain/ListText.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>

namespace houqin::reports::assets {

using houqin::assets::RegisterEntry;

namespace {

// A4 sheets of 3 × 8 labels (the common 70 × 37 mm sticker sheet), filled row by row.
constexpr int kColumns = 3;
constexpr int kRows = 8;

void drawLabel(QPainter& p, const QRectF& cell, const RegisterEntry& e, const QString& custodianLabel) {
    const double pad = cell.height() * 0.08;
    const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
    // The QR code on the left, as tall as the label; the quiet zone is part of the square.
    const QRectF square(inner.topLeft(), QSizeF(inner.height(), inner.height()));
    drawQr(p, square, encodeQr(e.code.toUtf8()));
    QRectF text(square.right() + pad * 0.5, inner.top(), inner.right() - square.right() - pad * 0.5,
                inner.height());
    auto line = [&](const QString& s, const QFont& font) {
        p.setFont(font);
        const QFontMetricsF fm(font, p.device());
        p.drawText(QRectF(text.left(), text.top(), text.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(s, Qt::ElideRight, text.width()));
        text.setTop(text.top() + fm.height() * 1.15);
    };
    line(e.code, printFont(9, true));
    line(e.name, printFont(8.5));
    line(e.location.isEmpty() ? e.campus : e.campus + QStringLiteral(" · ") + e.location, printFont(7.5));
    line(custodianLabel.arg(e.custodian.isEmpty() ? QStringLiteral("—") : e.custodian), printFont(7.5));
}

Result<int> paintLabels(QPagedPaintDevice& device, const QString& heading,
                        const QList<RegisterEntry>& entries) {
    QPainter p;
    if (!p.begin(&device))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("Reports", "The printer or PDF file could not be opened."),
            QStringLiteral("reports::assets::paintLabels"));
    const QRectF whole(QPointF(0, 0), QSizeF(p.viewport().size()));
    // A line naming the sheet on top of each page; the labels below it, cut along the light guides.
    const QFont headingFont = printFont(8);
    const double headingHeight = QFontMetricsF(headingFont, p.device()).height() * 1.6;
    const QRectF page = whole.adjusted(0, headingHeight, 0, 0);
    const QSizeF cell(page.width() / kColumns, page.height() / kRows);
    const int perPage = kColumns * kRows;
    const int pageCount = int(std::max<qsizetype>(1, (entries.size() + perPage - 1) / perPage));
    //: zh_CN "保管人：%1"
    const QString custodian = QCoreApplication::translate("Reports", "Custodian: %1");
    auto drawHeading = [&](int n) {
        p.setFont(headingFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(whole.left(), whole.top(), whole.width(), headingHeight),
                   Qt::AlignLeft | Qt::AlignTop,
                   heading + QStringLiteral("    ") +
                       QCoreApplication::translate("Reports", "Page %1 of %2").arg(n).arg(pageCount));
    };
    int pages = 1;
    drawHeading(1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int onPage = int(i % perPage);
        if (i > 0 && onPage == 0) {
            device.newPage();
            drawHeading(++pages);
        }
        const QRectF rect(page.left() + (onPage % kColumns) * cell.width(),
                          page.top() + (onPage / kColumns) * cell.height(), cell.width(), cell.height());
        // A light cutting guide around each label.
        p.setPen(QPen(QColor(200, 200, 200), 0));
        p.drawRect(rect);
        p.setPen(Qt::black);
        drawLabel(p, rect, entries.at(i), custodian);
    }
    p.end();
    return pages;
}

} // namespace

ReportDef assetLabelsReport() {
    ReportDef r;
    r.key = QStringLiteral("asset-labels");
    r.kinds = {QStringLiteral("assets")};
    //: zh_CN "资产标签（二维码）"
    r.label = QT_TRANSLATE_NOOP("Reports", "Asset labels (QR codes)");
    r.options = placeOptions();
    //: zh_CN "资产编号"
    r.options << ReportOption{QStringLiteral("codes"), QT_TRANSLATE_NOOP("Reports", "Asset codes"),
                              //: zh_CN "只印这些资产编号，以逗号分隔（默认：所选园区和房间的全部资产）。"
                              QT_TRANSLATE_NOOP("Reports",
                                                "Only these asset codes, separated by commas "
                                                "(default: every asset of the campus and rooms).")};
    r.build = [](Database& db, const Period& p) { return buildAssetLabels(db, p, {}); };
    r.buildWith = buildAssetLabels;
    return r;
}

// One label per asset chosen: its QR code (the asset code exactly as registered, which the stocktake
// screen reads back), code, name, campus and room, custodian.
Result<TableDocument> buildAssetLabels(Database& db, const Period&, const ReportOptions& options) {
    auto entries = registerAt(db, options);
    if (!entries)
        return entries.error();
    const QStringList codes = splitListText(options.value(QStringLiteral("codes")));
    if (!codes.isEmpty()) {
        QList<RegisterEntry> picked;
        for (const QString& code : codes) {
            auto it = std::find_if(entries->cbegin(), entries->cend(),
                                   [&](const RegisterEntry& e) { return e.code == code; });
            if (it == entries->cend())
                return Error::make(
                    Error::Code::NotFound,
                    //: zh_CN "所选园区和房间的台账中没有资产 %1。"
                    QCoreApplication::translate(
                        "Reports", "There is no asset %1 in the register of the campus and rooms chosen.")
                        .arg(code),
                    QStringLiteral("reports::assets::buildAssetLabels"));
            picked << *it;
        }
        *entries = picked;
    }
    TableDocument doc;
    doc.kindergarten = db.settings().name;
    //: zh_CN "资产标签"
    doc.title = QCoreApplication::translate("Reports", "Asset labels");
    // The same labels as a list, for the web page export.
    doc.columns = {{QCoreApplication::translate("Reports", "Code"), 3},
                   {QCoreApplication::translate("Reports", "Asset name"), 4},
                   {QCoreApplication::translate("Reports", "Campus"), 3},
                   {QCoreApplication::translate("Reports", "Custodian"), 2}};
    for (const RegisterEntry& e : *entries)
        doc.rows << QStringList{
            e.code, e.name, e.location.isEmpty() ? e.campus : e.campus + QStringLiteral(" · ") + e.location,
            e.custodian};
    const QString heading =
        doc.kindergarten.isEmpty() ? doc.title : doc.kindergarten + QStringLiteral(" · ") + doc.title;
    doc.paintPages = [heading, list = *entries](QPagedPaintDevice& device) {
        return paintLabels(device, heading, list);
    };
    return doc;
}

} // namespace houqin::reports::assets
