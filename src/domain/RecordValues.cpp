#include "RecordValues.h"

namespace houqin {

bool RecordValues::contains(const QString& key) const {
    return m_cells ? !m_cells->value(m_row, key).isNull() : m_map.contains(key);
}

QStringList RecordValues::keys() const {
    return toMap().keys();
}

qsizetype RecordValues::size() const {
    return m_cells ? m_cells->values(m_row).size() : m_map.size();
}

void RecordValues::insert(const QString& key, const QVariant& value) {
    convert();
    m_map.insert(key, value);
}

qsizetype RecordValues::remove(const QString& key) {
    convert();
    return m_map.remove(key);
}

void RecordValues::convert() {
    if (!m_cells)
        return;
    m_map = m_cells->values(m_row);
    m_cells.reset();
    m_row = 0;
}

} // namespace houqin
