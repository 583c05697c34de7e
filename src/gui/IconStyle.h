#pragma once

#include <QProxyStyle>

namespace houqin::gui {

// The application's style: the desktop's own (Fusion where there is none), except that the standard icons
// Houqin shows (dialog buttons such as OK and Cancel, message and attention icons, refresh, the search
// field's clear button, the plan's arrows) are Houqin's own, drawn like its toolbar icons.
//
// Qt asks the freedesktop icon theme for them ("dialog-ok", "dialog-warning" ...). Its first lookup parses
// the theme's index (hicolor's runs to thousands of lines where many programs are installed): a fifth of the
// instructions before the sign-in dialog appeared (docs/performance.md), to find, on most desktops, no such
// icon and fall back to Qt's built-in ones. Houqin's own set costs one small SVG each and looks the same on
// every desktop. Whether a dialog's buttons show icons at all is still the desktop's choice (a style hint),
// and icons Houqin does not name here (a file dialog's, say) still come from the desktop.
class IconStyle : public QProxyStyle {
public:
    // Over the style named (QStyleFactory's key: the application's, so that -style and QT_STYLE_OVERRIDE
    // still choose it); empty: the desktop's default.
    explicit IconStyle(const QString& baseKey = {});
    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    // The name in resources/icons for a standard pixmap; empty for one left to the desktop.
    static QString iconName(StandardPixmap pixmap);
};

} // namespace houqin::gui
