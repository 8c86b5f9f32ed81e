# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'post_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_PostEditorDialog(object):
    def setupUi(self, PostEditorDialog):
        if not PostEditorDialog.objectName():
            PostEditorDialog.setObjectName(u"PostEditorDialog")
        PostEditorDialog.resize(860, 660)
        self.main_layout = QVBoxLayout(PostEditorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.top_layout = QGridLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.network_label = QLabel(PostEditorDialog)
        self.network_label.setObjectName(u"network_label")

        self.top_layout.addWidget(self.network_label, 0, 0, 1, 1)

        self.network_combo = QComboBox(PostEditorDialog)
        self.network_combo.setObjectName(u"network_combo")

        self.top_layout.addWidget(self.network_combo, 0, 1, 1, 1)

        self.status_label = QLabel(PostEditorDialog)
        self.status_label.setObjectName(u"status_label")

        self.top_layout.addWidget(self.status_label, 0, 2, 1, 1)

        self.status_combo = QComboBox(PostEditorDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.top_layout.addWidget(self.status_combo, 0, 3, 1, 1)

        self.start_label = QLabel(PostEditorDialog)
        self.start_label.setObjectName(u"start_label")

        self.top_layout.addWidget(self.start_label, 1, 0, 1, 1)

        self.start_layout = QHBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.start_edit = QDateTimeEdit(PostEditorDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(u"ddd d MMM yyyy, HH:mm")

        self.start_layout.addWidget(self.start_edit)

        self.idea_check = QCheckBox(PostEditorDialog)
        self.idea_check.setObjectName(u"idea_check")

        self.start_layout.addWidget(self.idea_check)


        self.top_layout.addLayout(self.start_layout, 1, 1, 1, 1)

        self.duration_label = QLabel(PostEditorDialog)
        self.duration_label.setObjectName(u"duration_label")

        self.top_layout.addWidget(self.duration_label, 1, 2, 1, 1)

        self.duration_spin = QSpinBox(PostEditorDialog)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMinimum(5)
        self.duration_spin.setMaximum(1440)
        self.duration_spin.setSingleStep(15)

        self.top_layout.addWidget(self.duration_spin, 1, 3, 1, 1)

        self.top_layout.setColumnStretch(4, 1)

        self.main_layout.addLayout(self.top_layout)

        self.tabs = QTabWidget(PostEditorDialog)
        self.tabs.setObjectName(u"tabs")
        self.text_tab = QWidget()
        self.text_tab.setObjectName(u"text_tab")
        self.text_form = QFormLayout(self.text_tab)
        self.text_form.setObjectName(u"text_form")
        self.text_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.title_label = QLabel(self.text_tab)
        self.title_label.setObjectName(u"title_label")

        self.text_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.text_tab)
        self.title_edit.setObjectName(u"title_edit")

        self.text_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.body_label = QLabel(self.text_tab)
        self.body_label.setObjectName(u"body_label")

        self.text_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_edit = QPlainTextEdit(self.text_tab)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setTabChangesFocus(True)

        self.text_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.body_edit)

        self.hashtags_label = QLabel(self.text_tab)
        self.hashtags_label.setObjectName(u"hashtags_label")

        self.text_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hashtags_label)

        self.hashtags_edit = QLineEdit(self.text_tab)
        self.hashtags_edit.setObjectName(u"hashtags_edit")

        self.text_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hashtags_edit)

        self.counter_label = QLabel(self.text_tab)
        self.counter_label.setObjectName(u"counter_label")
        self.counter_label.setText(u"")

        self.text_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.counter_label)

        self.tabs.addTab(self.text_tab, "")
        self.media_tab = QWidget()
        self.media_tab.setObjectName(u"media_tab")
        self.media_form = QFormLayout(self.media_tab)
        self.media_form.setObjectName(u"media_form")
        self.media_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.network_hint_label = QLabel(self.media_tab)
        self.network_hint_label.setObjectName(u"network_hint_label")
        self.network_hint_label.setText(u"")
        self.network_hint_label.setWordWrap(True)

        self.media_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.network_hint_label)

        self.media_notes_label = QLabel(self.media_tab)
        self.media_notes_label.setObjectName(u"media_notes_label")

        self.media_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.media_notes_label)

        self.media_notes_edit = QPlainTextEdit(self.media_tab)
        self.media_notes_edit.setObjectName(u"media_notes_edit")
        self.media_notes_edit.setTabChangesFocus(True)
        self.media_notes_edit.setMaximumSize(QSize(16777215, 90))

        self.media_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.media_notes_edit)

        self.alt_text_label = QLabel(self.media_tab)
        self.alt_text_label.setObjectName(u"alt_text_label")

        self.media_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.alt_text_label)

        self.alt_text_edit = QPlainTextEdit(self.media_tab)
        self.alt_text_edit.setObjectName(u"alt_text_edit")
        self.alt_text_edit.setTabChangesFocus(True)

        self.media_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.alt_text_edit)

        self.tabs.addTab(self.media_tab, "")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_form = QFormLayout(self.details_tab)
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.pillar_label = QLabel(self.details_tab)
        self.pillar_label.setObjectName(u"pillar_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pillar_label)

        self.pillar_edit = QLineEdit(self.details_tab)
        self.pillar_edit.setObjectName(u"pillar_edit")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pillar_edit)

        self.objective_label = QLabel(self.details_tab)
        self.objective_label.setObjectName(u"objective_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.objective_label)

        self.objective_edit = QLineEdit(self.details_tab)
        self.objective_edit.setObjectName(u"objective_edit")

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.objective_edit)

        self.audience_label = QLabel(self.details_tab)
        self.audience_label.setObjectName(u"audience_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience_edit = QLineEdit(self.details_tab)
        self.audience_edit.setObjectName(u"audience_edit")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audience_edit)

        self.notes_label = QLabel(self.details_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.details_tab)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.tabs.addTab(self.details_tab, "")
        self.rights_tab = QWidget()
        self.rights_tab.setObjectName(u"rights_tab")
        self.rights_tab_layout = QVBoxLayout(self.rights_tab)
        self.rights_tab_layout.setObjectName(u"rights_tab_layout")
        self.rights_group = QGroupBox(self.rights_tab)
        self.rights_group.setObjectName(u"rights_group")
        self.rights_layout = QVBoxLayout(self.rights_group)
        self.rights_layout.setObjectName(u"rights_layout")
        self.rights_help_label = QLabel(self.rights_group)
        self.rights_help_label.setObjectName(u"rights_help_label")
        self.rights_help_label.setWordWrap(True)

        self.rights_layout.addWidget(self.rights_help_label)

        self.rights_image_check = QCheckBox(self.rights_group)
        self.rights_image_check.setObjectName(u"rights_image_check")

        self.rights_layout.addWidget(self.rights_image_check)

        self.rights_consent_check = QCheckBox(self.rights_group)
        self.rights_consent_check.setObjectName(u"rights_consent_check")

        self.rights_layout.addWidget(self.rights_consent_check)

        self.rights_credits_check = QCheckBox(self.rights_group)
        self.rights_credits_check.setObjectName(u"rights_credits_check")

        self.rights_layout.addWidget(self.rights_credits_check)


        self.rights_tab_layout.addWidget(self.rights_group)

        self.publication_form = QFormLayout()
        self.publication_form.setObjectName(u"publication_form")
        self.publication_form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.published_label = QLabel(self.rights_tab)
        self.published_label.setObjectName(u"published_label")

        self.publication_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.published_label)

        self.published_edit = QDateTimeEdit(self.rights_tab)
        self.published_edit.setObjectName(u"published_edit")
        self.published_edit.setCalendarPopup(True)
        self.published_edit.setDisplayFormat(u"ddd d MMM yyyy, HH:mm")

        self.publication_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.published_edit)

        self.published_url_label = QLabel(self.rights_tab)
        self.published_url_label.setObjectName(u"published_url_label")

        self.publication_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.published_url_label)

        self.published_url_edit = QLineEdit(self.rights_tab)
        self.published_url_edit.setObjectName(u"published_url_edit")
        self.published_url_edit.setPlaceholderText(u"https://")

        self.publication_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.published_url_edit)


        self.rights_tab_layout.addLayout(self.publication_form)

        self.rights_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rights_tab_layout.addItem(self.rights_spacer)

        self.tabs.addTab(self.rights_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.checks_label = QLabel(PostEditorDialog)
        self.checks_label.setObjectName(u"checks_label")

        self.main_layout.addWidget(self.checks_label)

        self.checks_list = QListWidget(PostEditorDialog)
        self.checks_list.setObjectName(u"checks_list")
        self.checks_list.setMinimumSize(QSize(0, 120))
        self.checks_list.setWordWrap(True)
        self.checks_list.setSpacing(2)
        self.checks_list.setSelectionMode(QAbstractItemView.NoSelection)

        self.main_layout.addWidget(self.checks_list)

        self.button_box = QDialogButtonBox(PostEditorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 3)
        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.network_label.setBuddy(self.network_combo)
        self.status_label.setBuddy(self.status_combo)
        self.start_label.setBuddy(self.start_edit)
        self.duration_label.setBuddy(self.duration_spin)
        self.title_label.setBuddy(self.title_edit)
        self.body_label.setBuddy(self.body_edit)
        self.hashtags_label.setBuddy(self.hashtags_edit)
        self.media_notes_label.setBuddy(self.media_notes_edit)
        self.alt_text_label.setBuddy(self.alt_text_edit)
        self.pillar_label.setBuddy(self.pillar_edit)
        self.objective_label.setBuddy(self.objective_edit)
        self.audience_label.setBuddy(self.audience_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.published_label.setBuddy(self.published_edit)
        self.published_url_label.setBuddy(self.published_url_edit)
        self.checks_label.setBuddy(self.checks_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.network_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.idea_check)
        QWidget.setTabOrder(self.idea_check, self.duration_spin)
        QWidget.setTabOrder(self.duration_spin, self.tabs)
        QWidget.setTabOrder(self.tabs, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.body_edit)
        QWidget.setTabOrder(self.body_edit, self.hashtags_edit)
        QWidget.setTabOrder(self.hashtags_edit, self.media_notes_edit)
        QWidget.setTabOrder(self.media_notes_edit, self.alt_text_edit)
        QWidget.setTabOrder(self.alt_text_edit, self.pillar_edit)
        QWidget.setTabOrder(self.pillar_edit, self.objective_edit)
        QWidget.setTabOrder(self.objective_edit, self.audience_edit)
        QWidget.setTabOrder(self.audience_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.rights_image_check)
        QWidget.setTabOrder(self.rights_image_check, self.rights_consent_check)
        QWidget.setTabOrder(self.rights_consent_check, self.rights_credits_check)
        QWidget.setTabOrder(self.rights_credits_check, self.published_edit)
        QWidget.setTabOrder(self.published_edit, self.published_url_edit)
        QWidget.setTabOrder(self.published_url_edit, self.checks_list)
        QWidget.setTabOrder(self.checks_list, self.button_box)

        self.retranslateUi(PostEditorDialog)
        self.button_box.accepted.connect(PostEditorDialog.accept)
        self.button_box.rejected.connect(PostEditorDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PostEditorDialog)
    # setupUi

    def retranslateUi(self, PostEditorDialog):
        PostEditorDialog.setWindowTitle(QCoreApplication.translate("PostEditorDialog", u"Post", None))
        self.network_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Network:", None))
#if QT_CONFIG(accessibility)
        self.network_combo.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Network", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.start_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Planned date and time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.idea_check.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"No date yet, keep as an idea in the backlog", None))
#endif // QT_CONFIG(accessibility)
        self.idea_check.setText(QCoreApplication.translate("PostEditorDialog", u"No date &yet (idea backlog)", None))
        self.duration_label.setText(QCoreApplication.translate("PostEditorDialog", u"D&uration:", None))
#if QT_CONFIG(accessibility)
        self.duration_spin.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.duration_spin.setSuffix(QCoreApplication.translate("PostEditorDialog", u" min", None))
        self.title_label.setText(QCoreApplication.translate("PostEditorDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"For your calendar only, not published", None))
        self.body_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Post text:", None))
#if QT_CONFIG(accessibility)
        self.body_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Post text", None))
#endif // QT_CONFIG(accessibility)
        self.body_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"What you will publish", None))
        self.hashtags_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Hashtags:", None))
#if QT_CONFIG(accessibility)
        self.hashtags_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Hashtags", None))
#endif // QT_CONFIG(accessibility)
        self.hashtags_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"#NuitDesMusees #Patrimoine (added at the end of the text)", None))
#if QT_CONFIG(accessibility)
        self.counter_label.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Length of the text", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.text_tab), QCoreApplication.translate("PostEditorDialog", u"&Text", None))
        self.media_notes_label.setText(QCoreApplication.translate("PostEditorDialog", u"M&edia notes:", None))
#if QT_CONFIG(accessibility)
        self.media_notes_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Media notes", None))
#endif // QT_CONFIG(accessibility)
        self.media_notes_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"Which photos or video, where to find them", None))
        self.alt_text_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Alt text:", None))
#if QT_CONFIG(accessibility)
        self.alt_text_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Alt text", None))
#endif // QT_CONFIG(accessibility)
        self.alt_text_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"Describe each image for people who cannot see it: what it shows, and any text in it", None))
        self.tabs.setTabText(self.tabs.indexOf(self.media_tab), QCoreApplication.translate("PostEditorDialog", u"&Media", None))
        self.pillar_label.setText(QCoreApplication.translate("PostEditorDialog", u"&Content pillar:", None))
#if QT_CONFIG(accessibility)
        self.pillar_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Content pillar", None))
#endif // QT_CONFIG(accessibility)
        self.pillar_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"Behind the scenes, collections, events\u2026", None))
        self.objective_label.setText(QCoreApplication.translate("PostEditorDialog", u"O&bjective:", None))
#if QT_CONFIG(accessibility)
        self.objective_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Objective", None))
#endif // QT_CONFIG(accessibility)
        self.objective_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"Attract new publics, build loyalty, inform\u2026", None))
        self.audience_label.setText(QCoreApplication.translate("PostEditorDialog", u"Aud&ience:", None))
#if QT_CONFIG(accessibility)
        self.audience_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Audience", None))
#endif // QT_CONFIG(accessibility)
        self.audience_edit.setPlaceholderText(QCoreApplication.translate("PostEditorDialog", u"Families, students, regular visitors\u2026", None))
        self.notes_label.setText(QCoreApplication.translate("PostEditorDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("PostEditorDialog", u"Detai&ls", None))
        self.rights_group.setTitle(QCoreApplication.translate("PostEditorDialog", u"Before publishing photos or videos", None))
        self.rights_help_label.setText(QCoreApplication.translate("PostEditorDialog", u"A photo of a work can carry the rights of its author and of the photographer. People who can be recognised must agree in writing to each use (website, Instagram\u2026); for children, their parents.", None))
#if QT_CONFIG(accessibility)
        self.rights_image_check.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Image rights cleared", None))
#endif // QT_CONFIG(accessibility)
        self.rights_image_check.setText(QCoreApplication.translate("PostEditorDialog", u"&Image rights cleared (author of the work, photographer)", None))
#if QT_CONFIG(accessibility)
        self.rights_consent_check.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Consent of the people shown", None))
#endif // QT_CONFIG(accessibility)
        self.rights_consent_check.setText(QCoreApplication.translate("PostEditorDialog", u"&Consent of the people shown (parents' for children)", None))
#if QT_CONFIG(accessibility)
        self.rights_credits_check.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Credits written", None))
#endif // QT_CONFIG(accessibility)
        self.rights_credits_check.setText(QCoreApplication.translate("PostEditorDialog", u"Credits &written", None))
        self.published_label.setText(QCoreApplication.translate("PostEditorDialog", u"Published &on:", None))
#if QT_CONFIG(accessibility)
        self.published_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Publication date and time", None))
#endif // QT_CONFIG(accessibility)
        self.published_url_label.setText(QCoreApplication.translate("PostEditorDialog", u"Link to the &published post:", None))
#if QT_CONFIG(accessibility)
        self.published_url_edit.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Link to the published post", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.rights_tab), QCoreApplication.translate("PostEditorDialog", u"&Rights and publication", None))
        self.checks_label.setText(QCoreApplication.translate("PostEditorDialog", u"Chec&ks:", None))
#if QT_CONFIG(accessibility)
        self.checks_list.setAccessibleName(QCoreApplication.translate("PostEditorDialog", u"Checks of the post", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

