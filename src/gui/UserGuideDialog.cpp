#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace houqin::gui {

QString UserGuideDialog::guidePath() {
    // The translation names the guide of its language, the way Qt's own catalogues name their layout
    // direction: whichever catalogue is installed decides, whatever the system locale says.
    //: The file name of the user guide in this language: user-guide.zh.md for Chinese.
    const QString own = QStringLiteral(":/docs/") + tr("user-guide.en.md");
    return QFile::exists(own) ? own : QStringLiteral(":/docs/user-guide.en.md");
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this)) {
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/docs")});
    QFile f(guidePath());
    if (f.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(f.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 640);
}

} // namespace houqin::gui
