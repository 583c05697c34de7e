#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace houqin::gui {

QString UserGuideDialog::guidePath() {
    // The translation names the guide of its language, the way Qt's own catalogues name their layout
    // direction: whichever catalogue is installed decides, whatever the system locale says.
    //: The file name of the user guide in this language: user-guide.zh.md for Chinese.
    const QString own = QStringLiteral(":/docs/") + tr("user-guide.en.md");
    return QFile::exists(own) ? own : QStringLiteral(":/docs/user-guide.en.md");
}

// Screenshots are full 1366-pixel screens; shown at that size they need a horizontal scroll bar.
void UserGuideDialog::fitImages(int maxWidth) {
    QTextDocument* doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture(QStringLiteral(":/docs/") + image.name());
            if (picture.isNull() || picture.width() <= maxWidth)
                continue;
            image.setWidth(maxWidth);
            image.setHeight(double(picture.height()) * maxWidth / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

UserGuideDialog::UserGuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this)) {
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/docs")});
    QFile f(guidePath());
    if (f.open(QIODevice::ReadOnly)) {
        m_browser->setMarkdown(QString::fromUtf8(f.readAll()));
        fitImages(760);
    } else
        m_browser->setPlainText(tr("The user guide is missing from this build."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 640);
}

} // namespace houqin::gui
