#pragma once

#include <QIcon>
#include <QString>

namespace houqin::gui {

// An icon from resources/icons (compiled in), e.g. icon("new") for :/icons/new.svg.
QIcon icon(const QString& name);

} // namespace houqin::gui
