#pragma once

#include <QDialog>

class QTextBrowser;

namespace houqin::gui {

// Help → User guide: the Markdown guide compiled in from docs/, in the UI's language.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    // The resource path of the guide for the current UI language (":/docs/user-guide.zh.md" in Chinese).
    static QString guidePath();
    QTextBrowser* browser() const { return m_browser; }

private:
    void fitImages(int maxWidth);
    QTextBrowser* m_browser;
};

} // namespace houqin::gui
