#include "SampleCsv.h"

#include <QFile>
#include <QTextStream>

namespace houqin::reliability {

bool writeSampleCsv(const QString& path, const SampleRows& spec) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&f);
    out << "date,meal,dish,weight_g,stored_at,fridge_temp_c,sampled_by,campus,notes\n";
    static const char* const dishes[] = {"番茄炒蛋", "红烧肉", "清炒西兰花", "紫菜蛋花汤", "银耳羹"};
    for (int i = 0; i < spec.rows; ++i)
        out << "2026-11-20,lunch," << dishes[i % 5] << ',' << 125 + i % 50 << ",2026-11-20T12:00:00,2.0,"
            << spec.sampler << ',' << spec.campus << ',' << spec.marker << "-r" << i << '\n';
    out.flush();
    return f.error() == QFile::NoError;
}

QString markerCondition(const QString& marker) {
    return QStringLiteral("notes LIKE '%1-r%'").arg(marker);
}

} // namespace houqin::reliability
