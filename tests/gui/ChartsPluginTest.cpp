// Qt Charts is a plugin (src/charts), loaded when the first chart is shown, so that start-up does not
// load it and the OpenGL libraries it needs (issue #15). /proc/self/maps tells which libraries the process
// has loaded. Each ctest entry is a process of its own, so no earlier test has loaded the plugin.
#include "GuiTestHelpers.h"
#include "gui/MainWindow.h"
#include "gui/canteen/CanteenCharts.h"
#include "gui/chart/ChartPlugin.h"
#include "gui/chart/ChartView.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace houqin;

namespace {
bool loaded(const char* library) {
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(library);
}
} // namespace

TEST(ChartsPlugin, QtChartsIsLoadedWhenTheFirstChartIsShownNotBefore) {
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        GTEST_SKIP() << "no /proc on this system";
    if (loaded("houqin_charts"))
        GTEST_SKIP() << "an earlier test of this process drew a chart (ctest runs each test on its own)";
    test::TempDb t;
    gui::MainWindow w(t.db());
    w.show();
    QCoreApplication::processEvents(); // the overview's figures too
    EXPECT_FALSE(loaded("libQt6Charts")) << "opening the window loaded Qt Charts";
    EXPECT_FALSE(loaded("houqin_charts"));

    gui::canteen::CanteenCharts charts(t.db());
    charts.show();
    QCoreApplication::processEvents(); // a view reads its figures just after it is on screen
    EXPECT_TRUE(charts.pesticideChart()->drawn()) << gui::ChartView::unavailableReason().toStdString();
    EXPECT_TRUE(gui::ChartView::unavailableReason().isEmpty());
    EXPECT_TRUE(loaded("houqin_charts"));
    EXPECT_TRUE(loaded("libQt6Charts"));
}

// A refresh redraws on the same canvas, and the view keeps the spec as given: what the chart shows.
TEST(ChartsPlugin, TheViewKeepsItsSpecAndRedrawsOnTheSameCanvas) {
    gui::ChartView view;
    gui::ChartSpec spec;
    spec.title = QStringLiteral("每月用水量");
    spec.categories = {QStringLiteral("9月"), QStringLiteral("10月")};
    gui::ChartSeries water;
    water.name = spec.title;
    water.values = {3, 4};
    spec.series << water;
    view.setSpec(spec);
    ASSERT_TRUE(view.drawn()) << gui::ChartView::unavailableReason().toStdString();
    QWidget* canvas = view.findChild<QWidget*>(QStringLiteral("chartCanvas"));
    ASSERT_NE(canvas, nullptr);
    spec.series[0].values = {5, 6};
    view.setSpec(spec);
    EXPECT_EQ(view.findChild<QWidget*>(QStringLiteral("chartCanvas")), canvas);
    EXPECT_EQ(view.spec().series[0].values, QList<double>({5, 6}));
    EXPECT_EQ(view.findChild<QWidget*>(QStringLiteral("chartUnavailableLabel")), nullptr);
}

// Without the plugin, the chart's place says what was looked for (ChartView shows ChartPlugin's problem).
// The app's own search always finds the build tree's plugin, so the search is tried on folders of its own.
TEST(ChartsPlugin, AMissingPluginNamesEveryFileLookedFor) {
    QTemporaryDir a, b;
    const gui::ChartPlugin p =
        gui::ChartPlugin::load({a.path(), b.path()}, QStringLiteral("houqin_charts.so"));
    EXPECT_EQ(p.factory, nullptr);
    EXPECT_TRUE(p.problem.contains(QStringLiteral("not found"))) << p.problem.toStdString();
    for (const QTemporaryDir* d : {&a, &b})
        EXPECT_TRUE(p.problem.contains(
            QDir::toNativeSeparators(QDir(d->path()).filePath(QStringLiteral("houqin_charts.so")))))
            << p.problem.toStdString();
}

TEST(ChartsPlugin, AFileThatIsNoPluginIsNamedWithTheLoadersReason) {
    QTemporaryDir empty, broken;
    QFile file(QDir(broken.path()).filePath(QStringLiteral("houqin_charts.so")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a shared library");
    file.close();
    // The first folder lacks it, the second has a damaged copy: that copy is the one named.
    const gui::ChartPlugin p =
        gui::ChartPlugin::load({empty.path(), broken.path()}, QStringLiteral("houqin_charts.so"));
    EXPECT_EQ(p.factory, nullptr);
    EXPECT_TRUE(p.problem.contains(QStringLiteral("cannot be loaded"))) << p.problem.toStdString();
    EXPECT_TRUE(p.problem.contains(QDir::toNativeSeparators(file.fileName()))) << p.problem.toStdString();
    EXPECT_FALSE(p.problem.endsWith(QStringLiteral(": "))) << "the loader's reason is given";
}
