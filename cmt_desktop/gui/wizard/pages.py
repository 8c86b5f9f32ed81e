"""The wizard's pages, in the order of PRODUCT.md."""

from cmt_desktop.gui.wizard.onsite_page import OnsitePage
from cmt_desktop.gui.wizard.participation_page import ParticipationPage
from cmt_desktop.gui.wizard.summary_page import SummaryPage
from cmt_desktop.gui.wizard.tone_page import TonePage
from cmt_desktop.gui.wizard.tools_page import ToolsPage
from cmt_desktop.gui.wizard.venue_page import VenuePage
from cmt_desktop.gui.wizard.why_page import WhyPage

PAGES = (VenuePage, WhyPage, ToolsPage, TonePage, OnsitePage, ParticipationPage, SummaryPage)
