# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'collective.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QPushButton,
    QSizePolicy, QSpacerItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CollectivePlanner(object):
    def setupUi(self, CollectivePlanner):
        if not CollectivePlanner.objectName():
            CollectivePlanner.setObjectName(u"CollectivePlanner")
        CollectivePlanner.resize(1200, 560)
        self.mainLayout = QVBoxLayout(CollectivePlanner)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.addTopicButton = QPushButton(CollectivePlanner)
        self.addTopicButton.setObjectName(u"addTopicButton")

        self.toolLayout.addWidget(self.addTopicButton)

        self.addCaseButton = QPushButton(CollectivePlanner)
        self.addCaseButton.setObjectName(u"addCaseButton")

        self.toolLayout.addWidget(self.addCaseButton)

        self.addSubCaseButton = QPushButton(CollectivePlanner)
        self.addSubCaseButton.setObjectName(u"addSubCaseButton")

        self.toolLayout.addWidget(self.addSubCaseButton)

        self.editButton = QPushButton(CollectivePlanner)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.delegateButton = QPushButton(CollectivePlanner)
        self.delegateButton.setObjectName(u"delegateButton")

        self.toolLayout.addWidget(self.delegateButton)

        self.deleteButton = QPushButton(CollectivePlanner)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.refreshButton = QPushButton(CollectivePlanner)
        self.refreshButton.setObjectName(u"refreshButton")

        self.toolLayout.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.tree = QTreeWidget(CollectivePlanner)
        self.tree.setObjectName(u"tree")
        self.tree.setContextMenuPolicy(Qt.CustomContextMenu)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.tree)


        self.retranslateUi(CollectivePlanner)
    # setupUi

    def retranslateUi(self, CollectivePlanner):
        CollectivePlanner.setWindowTitle(QCoreApplication.translate("CollectivePlanner", u"\u041f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0449\u0438\u043a \u043a\u043e\u043b\u043b\u0435\u043a\u0442\u0438\u0432\u043d\u044b\u0445 \u0437\u0430\u0434\u0430\u0447", None))
        self.addTopicButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u0422\u0435\u043c\u0430", None))
#if QT_CONFIG(tooltip)
        self.addTopicButton.setToolTip(QCoreApplication.translate("CollectivePlanner", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0442\u0435\u043c\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.addCaseButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u0414\u0435\u043b\u043e", None))
#if QT_CONFIG(tooltip)
        self.addCaseButton.setToolTip(QCoreApplication.translate("CollectivePlanner", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0434\u0435\u043b\u043e \u0432 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u0443\u044e \u0442\u0435\u043c\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.addSubCaseButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u041f\u043e\u0434\u0434\u0435\u043b\u043e", None))
#if QT_CONFIG(tooltip)
        self.addSubCaseButton.setToolTip(QCoreApplication.translate("CollectivePlanner", u"\u0420\u0430\u0437\u0431\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0435 \u0434\u0435\u043b\u043e \u043d\u0430 \u0431\u043e\u043b\u0435\u0435 \u043c\u0435\u043b\u043a\u0438\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c", None))
        self.delegateButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u0414\u0435\u043b\u0435\u0433\u0438\u0440\u043e\u0432\u0430\u0442\u044c\u2026", None))
        self.deleteButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.refreshButton.setText(QCoreApplication.translate("CollectivePlanner", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CollectivePlanner", u"\u0413\u0440\u0430\u0444\u0438\u043a \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u0438\u044f", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CollectivePlanner", u"%", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CollectivePlanner", u"\u0421\u0440\u043e\u043a", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CollectivePlanner", u"\u041d\u0430\u0447\u0430\u043b\u043e", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CollectivePlanner", u"\u041e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043d\u043d\u044b\u0439", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CollectivePlanner", u"\u0422\u0435\u043c\u0430 / \u0434\u0435\u043b\u043e", None))
    # retranslateUi

