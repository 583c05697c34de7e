#include "IconStyle.h"

#include "Icons.h"

#include <QGuiApplication>
#include <QWidget>

namespace houqin::gui {

IconStyle::IconStyle(const QString& baseKey) : QProxyStyle(baseKey) {}

QString IconStyle::iconName(StandardPixmap pixmap) {
    switch (pixmap) {
    case SP_DialogOkButton:
    case SP_DialogYesButton:
    case SP_DialogApplyButton:
        return QStringLiteral("ok");
    case SP_DialogCancelButton:
    case SP_DialogNoButton:
        return QStringLiteral("cancel");
    case SP_DialogCloseButton:
        return QStringLiteral("close");
    case SP_DialogSaveButton:
        return QStringLiteral("save");
    case SP_DialogDiscardButton:
        return QStringLiteral("delete");
    case SP_DialogResetButton:
        return QStringLiteral("reset");
    case SP_DialogOpenButton:
        return QStringLiteral("open");
    case SP_DialogHelpButton:
    case SP_MessageBoxQuestion:
        return QStringLiteral("help");
    case SP_MessageBoxInformation:
        return QStringLiteral("information");
    case SP_MessageBoxWarning:
        return QStringLiteral("warning");
    case SP_MessageBoxCritical:
        return QStringLiteral("critical");
    case SP_BrowserReload:
        return QStringLiteral("refresh");
    case SP_ArrowForward:
        return QStringLiteral("forward");
    case SP_ArrowBack:
        return QStringLiteral("back");
    case SP_LineEditClearButton:
        return QStringLiteral("clear");
    default:
        return {};
    }
}

QIcon IconStyle::standardIcon(StandardPixmap pixmap, const QStyleOption* option,
                              const QWidget* widget) const {
    // Forward and back point the way text runs, as Qt's own arrows do.
    const auto direction = widget ? widget->layoutDirection() : QGuiApplication::layoutDirection();
    if (direction == Qt::RightToLeft && (pixmap == SP_ArrowForward || pixmap == SP_ArrowBack))
        pixmap = pixmap == SP_ArrowForward ? SP_ArrowBack : SP_ArrowForward;
    const QString name = iconName(pixmap);
    return name.isEmpty() ? QProxyStyle::standardIcon(pixmap, option, widget) : icon(name);
}

} // namespace houqin::gui
