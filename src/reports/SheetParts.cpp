#include "SheetParts.h"

#include <QCoreApplication>

namespace houqin::reports {

QString dayHeading(QDate day) {
    static const char* const names[] = {//: zh_CN "周一"
                                        QT_TRANSLATE_NOOP("Reports", "Mon"),
                                        //: zh_CN "周二"
                                        QT_TRANSLATE_NOOP("Reports", "Tue"),
                                        //: zh_CN "周三"
                                        QT_TRANSLATE_NOOP("Reports", "Wed"),
                                        //: zh_CN "周四"
                                        QT_TRANSLATE_NOOP("Reports", "Thu"),
                                        //: zh_CN "周五"
                                        QT_TRANSLATE_NOOP("Reports", "Fri"),
                                        //: zh_CN "周六"
                                        QT_TRANSLATE_NOOP("Reports", "Sat"),
                                        //: zh_CN "周日"
                                        QT_TRANSLATE_NOOP("Reports", "Sun")};
    return QStringLiteral("%1 %2").arg(QCoreApplication::translate("Reports", names[day.dayOfWeek() - 1]),
                                       day.toString(QStringLiteral("MM-dd")));
}

QStringList signatureLines(std::initializer_list<const char*> roles, Reviewed reviewed) {
    QStringList out;
    for (const char* role : roles)
        out << QCoreApplication::translate("Reports", role);
    if (reviewed == Reviewed::Yes)
        //: zh_CN "审核人（签字）："
        out << QCoreApplication::translate("Reports", "Reviewer (signature):");
    return out;
}

} // namespace houqin::reports
