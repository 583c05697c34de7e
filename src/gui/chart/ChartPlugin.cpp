#include "ChartPlugin.h"

#include "ChartFactory.h"
#include "logging/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace houqin::gui {

ChartPlugin ChartPlugin::load(const QStringList& folders, const QString& fileName) {
    ChartPlugin l;
    QStringList tried;
    for (const QString& folder : folders) {
        const QString file = QDir(folder).filePath(fileName);
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
        l.problem = QCoreApplication::translate("ChartView", "The charts component %1 cannot be loaded: %2")
                        .arg(QDir::toNativeSeparators(file), loader.errorString());
        log::get("gui")->warn("charts plugin {} not loaded: {}", log::s(file), log::s(loader.errorString()));
        return l;
    }
    //: zh_CN "找不到图表组件（已查找：%1）"
    l.problem = QCoreApplication::translate("ChartView", "The charts component was not found (looked for %1)")
                    .arg(tried.join(QStringLiteral(", ")));
    log::get("gui")->warn("charts plugin not found: {}", log::s(tried.join(QStringLiteral(", "))));
    return l;
}

} // namespace houqin::gui
