#include "ChartView.h"

#include "ChartFactory.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPluginLoader>
#include <QVBoxLayout>

namespace houqin::gui {

namespace {

struct Loaded {
    ChartFactory* factory = nullptr;
    QString problem;
};

// Where the plugin may be: beside the executable (the build tree, scripts/run.sh), in the installed
// layout's lib/houqin (bin/../lib/houqin), and in the build tree for executables built elsewhere in it
// (the tests).
QStringList pluginFolders() {
    const QString app = QCoreApplication::applicationDirPath();
    return {app, QDir(app).filePath(QStringLiteral(HOUQIN_CHARTS_RELATIVE_DIR)),
            QStringLiteral(HOUQIN_CHARTS_BUILD_DIR)};
}

const Loaded& loaded() {
    // Loaded once and never unloaded: the charts' widgets live as long as their views.
    static const Loaded plugin = [] {
        Loaded l;
        QStringList tried;
        for (const QString& folder : pluginFolders()) {
            const QString file = QDir(folder).filePath(QStringLiteral(HOUQIN_CHARTS_FILE));
            if (!QFileInfo::exists(file)) {
                tried << QDir::toNativeSeparators(QDir::cleanPath(file));
                continue;
            }
            QPluginLoader loader(file);
            l.factory = qobject_cast<ChartFactory*>(loader.instance());
            if (l.factory) {
                log::get("gui")->info("charts plugin loaded from {}", log::s(file));
                return l;
            }
            //: zh_CN "图表组件 %1 无法加载：%2"
            l.problem =
                QCoreApplication::translate("ChartView", "The charts component %1 cannot be loaded: %2")
                    .arg(QDir::toNativeSeparators(file), loader.errorString());
            log::get("gui")->warn("charts plugin {} not loaded: {}", log::s(file),
                                  log::s(loader.errorString()));
            return l;
        }
        //: zh_CN "找不到图表组件（已查找：%1）"
        l.problem =
            QCoreApplication::translate("ChartView", "The charts component was not found (looked for %1)")
                .arg(tried.join(QStringLiteral(", ")));
        log::get("gui")->warn("charts plugin not found: {}", log::s(tried.join(QStringLiteral(", "))));
        return l;
    }();
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
    const Loaded& plugin = loaded();
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
