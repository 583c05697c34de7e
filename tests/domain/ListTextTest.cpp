// A list typed on one line (健康码、疫苗接种): every separator Chinese offices type, trimmed, no empty items.
#include "domain/ListText.h"

#include <gtest/gtest.h>

using namespace houqin;

TEST(ListText, SplitsOnEveryCommonSeparator) {
    EXPECT_EQ(splitListText(QStringLiteral("健康码、疫苗接种，行程卡; 体温 ；口罩,  登记 ")),
              (QStringList{QStringLiteral("健康码"), QStringLiteral("疫苗接种"), QStringLiteral("行程卡"),
                           QStringLiteral("体温"), QStringLiteral("口罩"), QStringLiteral("登记")}));
    EXPECT_EQ(splitListText(QStringLiteral("  、,; ")), QStringList());
    EXPECT_EQ(splitListText(QStringLiteral("健康码 疫苗接种")),
              QStringList{QStringLiteral("健康码 疫苗接种")});
}

TEST(ListText, TellsWhetherTextHoldsASeparator) {
    EXPECT_TRUE(hasListSeparator(QStringLiteral("健康码、疫苗")));
    EXPECT_TRUE(hasListSeparator(QStringLiteral("a;b")));
    EXPECT_FALSE(hasListSeparator(QStringLiteral("健康码 疫苗")));
}
