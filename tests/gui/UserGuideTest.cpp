#include "gui/UserGuideDialog.h"

#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace houqin::gui;

TEST(UserGuide, ShowsTheGuideWithEveryScreenshotFittingTheWindow) {
    UserGuideDialog dialog;
    const QTextDocument* doc = dialog.browser()->document();
    EXPECT_TRUE(doc->toPlainText().contains(QStringLiteral("Houqin")));
    int images = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            ++images;
            EXPECT_TRUE(doc->resource(QTextDocument::ImageResource, QUrl(image.name())).isValid() ||
                        QImage(QStringLiteral(":/docs/") + image.name()).width() > 0)
                << "missing screenshot " << image.name().toStdString();
            const QImage picture(QStringLiteral(":/docs/") + image.name());
            if (picture.width() > 760) {
                EXPECT_LE(image.width(), 760.0) << image.name().toStdString();
            }
        }
    EXPECT_GE(images, 3);
}
