#include "Printer.h"

#include "PageFlow.h"
#include "domain/OutputFile.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace houqin::reports {

namespace {

constexpr qreal kMarginMm = 12.0;
constexpr qreal kBandPt = 8.5; // page header and footer

QPageLayout a4(QPageLayout::Orientation orientation) {
    return QPageLayout(QPageSize(QPageSize::A4), orientation,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

} // namespace

QString printFontFamily() {
    static const QString family = [] {
        // WenQuanYi Micro Hei, because it copies back from a PDF as the characters printed: Noto Sans CJK
        // maps many ideographs to Kangxi radicals in the PDF's text layer (日 comes back as U+2F47), so
        // inspectors could neither search nor copy the registers. Asking for the family by its English name
        // is not enough: under a Chinese locale fontconfig registers it as 文泉驿微米黑, the name is not
        // found, and Qt silently takes another CJK font (Noto). So the file itself is loaded, and the family
        // name Qt gives that file is used, whatever the locale or fontconfig prefers.
        for (const char* path : {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                 "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
            if (id < 0)
                continue;
            const QStringList names = QFontDatabase::applicationFontFamilies(id);
            for (const QString& name : names)
                if (!name.contains(QStringLiteral("Mono")) && !name.contains(QStringLiteral("等")))
                    return name;
        }
        const QStringList installed = QFontDatabase::families();
        for (const QString& wanted : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("文泉驿微米黑"),
                                      QStringLiteral("文泉驛微米黑")})
            if (installed.contains(wanted))
                return wanted;
        log::get("reports")->warn("WenQuanYi Micro Hei is not installed; Chinese text in printouts may copy "
                                  "back wrongly. Install fonts-wqy-microhei.");
        return QStringLiteral("WenQuanYi Micro Hei");
    }();
    return family;
}

QFont printFont(qreal pointSize, bool bold) {
    QFont f(printFontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No fallback to another family for a glyph: a fallback to Noto would bring the radicals back.
    f.setStyleStrategy(QFont::NoFontMerging);
    return f;
}

Result<int> render(const TableDocument& doc, QPagedPaintDevice& device) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate("Reports", "Printing needs a graphical application."),
                           QStringLiteral("reports::render"));
    if (!device.setPageLayout(a4(doc.orientation)))
        log::get("reports")->warn("The printer refused the A4 page layout; printing on its own layout");
    if (doc.paintPages)
        return doc.paintPages(device);

    QPainter painter;
    if (!painter.begin(&device))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("Reports", "The printer or PDF file could not be opened."),
            QStringLiteral("reports::render"));
    painter.setRenderHint(QPainter::Antialiasing);

    // The painter's origin is the top left of the printable area, in device pixels.
    const qreal width = device.width(), height = device.height();
    const qreal px = device.logicalDpiY() / 72.0; // device pixels per point
    const QFont bandFont = printFont(kBandPt);
    const QFontMetricsF bandMetrics(bandFont, &device);
    const qreal gap = 4 * px;
    const qreal headerBand = bandMetrics.height() + 2 * gap;
    const qreal footerBand = bandMetrics.height() + 2 * gap;
    const QRectF body(0, headerBand, width, height - headerBand - footerBand);

    TableDocument laid = doc;
    if (doc.fillPage)
        laid.fontScale = detail::PageFlow::fittingScale(doc, device, body.size());
    const detail::PageFlow flow(laid, device, body.size());
    const int pages = flow.pageCount();

    const QPen rule(Qt::black, 0.5 * px);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("Reports", "The printer refused a new page."),
                               QStringLiteral("reports::render"));
        }
        painter.save();
        painter.translate(body.topLeft());
        flow.paintPage(painter, page);
        painter.restore();

        painter.setFont(bandFont);
        painter.setPen(Qt::black);
        const QRectF headerText(0, 0, width, bandMetrics.height());
        const qreal half = width / 2 - gap;
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignVCenter,
                         bandMetrics.elidedText(doc.kindergarten, Qt::ElideRight, half));
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignVCenter,
                         bandMetrics.elidedText(doc.title, Qt::ElideRight, half));
        painter.setPen(rule);
        painter.drawLine(QPointF(0, headerText.bottom() + gap), QPointF(width, headerText.bottom() + gap));
        painter.setPen(Qt::black);
        const QRectF footerText(0, height - bandMetrics.height(), width, bandMetrics.height());
        painter.drawText(footerText, Qt::AlignHCenter | Qt::AlignVCenter,
                         QCoreApplication::translate("Reports", "Page %1 of %2").arg(page + 1).arg(pages));
        if (!doc.chainNote.isEmpty())
            painter.drawText(footerText, Qt::AlignRight | Qt::AlignVCenter, doc.chainNote);
    }
    if (!painter.end())
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("Reports", "The printout could not be finished."),
                           QStringLiteral("reports::render"));
    return pages;
}

Result<int> writePdf(const TableDocument& doc, const QString& path) {
    // OutputFile writes beside the target and renames at the end, so a failed print leaves no half a PDF
    // (and a device such as /dev/stdout is written in place).
    OutputFile file(path);
    if (Status s = file.open(); !s)
        return s.error();
    Result<int> pages = [&]() -> Result<int> {
        QPdfWriter writer(file.device());
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("Houqin"));
        return render(doc, writer);
    }();
    if (!pages) {
        file.cancel();
        return pages;
    }
    if (Status s = file.commit(); !s)
        return s.error();
    log::get("reports")->info("Wrote {} ({} pages)", log::s(path), *pages);
    return pages;
}

} // namespace houqin::reports
