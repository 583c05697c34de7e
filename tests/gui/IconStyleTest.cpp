// gui/IconStyle: the standard icons Houqin shows are its own, so that no window waits for the desktop's
// icon theme to be parsed (issue #15); the rest are still the desktop's.
#include "gui/IconStyle.h"

#include "GuiTestHelpers.h"
#include "gui/Icons.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <memory>

using namespace houqin;

namespace {
// Every standard pixmap Qt 6 declares (SP_TitleBarMenuButton is 0, SP_TabCloseButton the last).
QList<QStyle::StandardPixmap> allPixmaps() {
    QList<QStyle::StandardPixmap> all;
    for (int p = QStyle::SP_TitleBarMenuButton; p <= int(QStyle::SP_TabCloseButton); ++p)
        all << QStyle::StandardPixmap(p);
    return all;
}

// An icon theme of one's own, with the names Qt's common style asks for: while it is the theme, Fusion's
// icons come from it, which is what shows whether a style asked the theme at all.
class TestIconTheme {
public:
    TestIconTheme() : m_paths(QIcon::themeSearchPaths()), m_name(QIcon::themeName()) {
        QDir root(m_dir.path());
        root.mkpath(QStringLiteral("houqin-test/16x16/actions"));
        QFile index(root.filePath(QStringLiteral("houqin-test/index.theme")));
        if (index.open(QIODevice::WriteOnly))
            index.write("[Icon Theme]\nName=houqin-test\nDirectories=16x16/actions\n\n"
                        "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage red(16, 16, QImage::Format_ARGB32);
        red.fill(Qt::red);
        for (const char* name :
             {"dialog-ok", "dialog-cancel", "dialog-warning", "view-refresh", "edit-clear"})
            red.save(
                root.filePath(QStringLiteral("houqin-test/16x16/actions/%1.png").arg(QLatin1String(name))));
        QIcon::setThemeSearchPaths({m_dir.path()});
        QIcon::setThemeName(QStringLiteral("houqin-test"));
    }
    ~TestIconTheme() {
        QIcon::setThemeSearchPaths(m_paths);
        QIcon::setThemeName(m_name);
    }

private:
    QTemporaryDir m_dir;
    QStringList m_paths;
    QString m_name;
};
} // namespace

TEST(IconStyle, EveryIconItNamesIsCompiledInAndDraws) {
    gui::IconStyle style;
    int named = 0;
    for (QStyle::StandardPixmap p : allPixmaps()) {
        const QString name = gui::IconStyle::iconName(p);
        if (name.isEmpty())
            continue;
        ++named;
        SCOPED_TRACE(name.toStdString());
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(name)));
        const QIcon icon = style.standardIcon(p);
        EXPECT_EQ(icon.cacheKey(), gui::icon(name).cacheKey());
        const QImage image = icon.pixmap(24, 24).toImage();
        ASSERT_FALSE(image.isNull());
        bool inked = false;
        for (int y = 0; y < image.height() && !inked; ++y)
            for (int x = 0; x < image.width() && !inked; ++x)
                inked = qAlpha(image.pixel(x, y)) > 0;
        EXPECT_TRUE(inked) << "the icon draws nothing";
    }
    EXPECT_EQ(named, 19);
}

TEST(IconStyle, TheIconsHouqinShowsDoNotComeFromTheDesktopTheme) {
    TestIconTheme theme;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ASSERT_TRUE(fusion);
    // The test's own theme is in use: Fusion alone asks it.
    EXPECT_EQ(fusion->standardIcon(QStyle::SP_DialogOkButton).name(), QStringLiteral("dialog-ok"));
    EXPECT_EQ(fusion->standardIcon(QStyle::SP_MessageBoxWarning).name(), QStringLiteral("dialog-warning"));

    gui::IconStyle style;
    for (auto [pixmap, ours] :
         {std::pair{QStyle::SP_DialogOkButton, "ok"}, std::pair{QStyle::SP_DialogCancelButton, "cancel"},
          std::pair{QStyle::SP_MessageBoxWarning, "warning"}, std::pair{QStyle::SP_BrowserReload, "refresh"},
          std::pair{QStyle::SP_LineEditClearButton, "clear"}}) {
        SCOPED_TRACE(ours);
        const QIcon icon = style.standardIcon(pixmap);
        EXPECT_TRUE(icon.name().isEmpty()) << "from the theme: " << icon.name().toStdString();
        EXPECT_EQ(icon.cacheKey(), gui::icon(QLatin1String(ours)).cacheKey());
    }
}

TEST(IconStyle, IconsItDoesNotNameAreStillTheDesktops) {
    EXPECT_TRUE(gui::IconStyle::iconName(QStyle::SP_FileDialogNewFolder).isEmpty());
    EXPECT_TRUE(gui::IconStyle::iconName(QStyle::SP_DirIcon).isEmpty());
    gui::IconStyle style;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage base = fusion->standardIcon(QStyle::SP_DirIcon).pixmap(16, 16).toImage();
    const QImage proxied = style.standardIcon(QStyle::SP_DirIcon).pixmap(16, 16).toImage();
    ASSERT_FALSE(base.isNull());
    EXPECT_EQ(proxied.convertToFormat(QImage::Format_ARGB32), base.convertToFormat(QImage::Format_ARGB32));
}

TEST(IconStyle, ForwardAndBackFollowTheWayTextRuns) {
    gui::IconStyle style;
    QWidget leftToRight;
    QWidget rightToLeft;
    rightToLeft.setLayoutDirection(Qt::RightToLeft);
    EXPECT_EQ(style.standardIcon(QStyle::SP_ArrowForward, nullptr, &leftToRight).cacheKey(),
              gui::icon(QStringLiteral("forward")).cacheKey());
    EXPECT_EQ(style.standardIcon(QStyle::SP_ArrowForward, nullptr, &rightToLeft).cacheKey(),
              gui::icon(QStringLiteral("back")).cacheKey());
    EXPECT_EQ(style.standardIcon(QStyle::SP_ArrowBack, nullptr, &rightToLeft).cacheKey(),
              gui::icon(QStringLiteral("forward")).cacheKey());
}

// A desktop that wants icons on dialog buttons (the generic X11 one does; GNOME's does not).
class IconsOnButtons : public gui::IconStyle {
public:
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* data) const override {
        return hint == SH_DialogButtonBox_ButtonsHaveIcons
                   ? 1
                   : gui::IconStyle::styleHint(hint, option, widget, data);
    }
};

TEST(IconStyle, ADialogsButtonsShowHouqinsIcons) {
    TestIconTheme theme;
    IconsOnButtons style;
    QDialogButtonBox box;
    box.setStyle(&style);
    box.setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    EXPECT_EQ(box.button(QDialogButtonBox::Ok)->icon().cacheKey(),
              gui::icon(QStringLiteral("ok")).cacheKey());
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->icon().cacheKey(),
              gui::icon(QStringLiteral("cancel")).cacheKey());
    EXPECT_EQ(box.button(QDialogButtonBox::Close)->icon().cacheKey(),
              gui::icon(QStringLiteral("close")).cacheKey());
}

TEST(IconStyle, WrapsTheStyleItIsGiven) {
    gui::IconStyle windows(QStringLiteral("Windows"));
    ASSERT_NE(windows.baseStyle(), nullptr);
    EXPECT_EQ(windows.baseStyle()->name(), QStringLiteral("windows"));
    gui::IconStyle fusion(QStringLiteral("Fusion"));
    EXPECT_EQ(fusion.baseStyle()->name(), QStringLiteral("fusion"));
    EXPECT_EQ(windows.standardIcon(QStyle::SP_DialogOkButton).cacheKey(),
              gui::icon(QStringLiteral("ok")).cacheKey());
}
