#include "KindExtensions.h"

#include "Modules.h"

namespace houqin::gui {

namespace {
QHash<QString, KindExtension>& registry() {
    static QHash<QString, KindExtension> r;
    return r;
}
} // namespace

void registerKindExtension(const QString& kindKey, KindExtension extension) {
    registry().insert(kindKey, std::move(extension));
}

const KindExtension* kindExtension(const QString& kindKey) {
    registerModuleExtensions();
    auto it = registry().constFind(kindKey);
    return it == registry().cend() ? nullptr : &it.value();
}

} // namespace houqin::gui
