#include "ChartView.h"

#include "ChartFactory.h"
#include "ChartPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {

// Where the plugin may be: beside the executable (the build tree, scripts/run.sh), in the installed
// layout's lib/houqin (bin/../lib/houqin), and in the build tree for executables built elsewhere in it
// (the tests).
QStringList pluginFolders() {
    const QString app = QCoreApplication::applicationDirPath();
    return {app, QDir(app).filePath(QStringLiteral(HOUQIN_CHARTS_RELATIVE_DIR)),
            QStringLiteral(HOUQIN_CHARTS_BUILD_DIR)};
}

const ChartPlugin& loaded() {
    // Loaded once and never unloaded: the charts' widgets live as long as their views.
    static const ChartPlugin plugin = ChartPlugin::load(pluginFolders(), QStringLiteral(HOUQIN_CHARTS_FILE));
    return plugin;
}

} // namespace

ChartView::ChartView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QString ChartView::unavailableReason() {
    return loaded().problem;
}

void ChartView::setSpec(const ChartSpec& spec) {
    m_spec = spec;
    const ChartPlugin& plugin = loaded();
    if (!plugin.factory) {
        if (!m_missing) {
            m_missing = new QLabel(this);
            m_missing->setObjectName(QStringLiteral("chartUnavailableLabel"));
            m_missing->setWordWrap(true);
            m_missing->setAlignment(Qt::AlignCenter);
            m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout()->addWidget(m_missing);
        }
        //: zh_CN "无法显示图表“%1”：%2"
        m_missing->setText(tr("The chart “%1” cannot be shown: %2").arg(spec.title, plugin.problem));
        return;
    }
    if (!m_chart) {
        m_chart = plugin.factory->create(this);
        m_chart->setObjectName(QStringLiteral("chartCanvas"));
        layout()->addWidget(m_chart);
    }
    plugin.factory->draw(m_chart, m_spec, [this](int index) { Q_EMIT barClicked(index); });
}

} // namespace houqin::gui
