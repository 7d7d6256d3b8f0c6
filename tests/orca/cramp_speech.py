"""A speech server for Orca that writes what it would say to a file.

Orca loads speech servers by module name (its speech server factory
setting); with this module on PYTHONPATH and named there, everything Orca
would speak goes to the file CRAMP_SPEECH_FILE names, one utterance a line:
    seconds<TAB>kind<TAB>text
so that a test can check what a blind user hears. It serves Orca 43, as
Debian 12 ships it, and Orca 49 and later, whose methods are named in
snake case."""
import os
import time

from orca import speechserver


class SpeechServer(speechserver.SpeechServer):
    _server = None

    @staticmethod
    def get_factory_name():
        return 'Cramp Atlas transcript'

    @staticmethod
    def get_speech_servers():
        return [SpeechServer.get_speech_server()]

    @staticmethod
    def get_speech_server(info=None):
        if SpeechServer._server is None:
            SpeechServer._server = SpeechServer()
        return SpeechServer._server

    @staticmethod
    def shutdown_active_servers():
        pass

    def __init__(self):
        super().__init__()
        self._out = open(os.environ['CRAMP_SPEECH_FILE'], 'a', buffering=1, encoding='utf-8')

    def get_info(self):
        return ['Transcript', 'transcript']

    def get_voice_families(self):
        return []

    def _write(self, kind, text):
        self._out.write('%.3f\t%s\t%s\n' % (time.monotonic(), kind, ' '.join(str(text).split())))

    def speak(self, text=None, acss=None, interrupt=True):
        if text:
            self._write('speak', text)

    def speak_character(self, character, acss=None):
        self._write('char', character)

    def speak_key_event(self, event, acss=None):
        self._write('key', getattr(event, 'event_string', event))

    def say_all(self, utterance_iterator, progress_callback):
        for context, acss in utterance_iterator:
            self._write('sayall', context.utterance)

    def stop(self):
        pass

    def shutdown(self):
        pass

    def reset(self, text=None, acss=None):
        pass

    def set_output_module(self, module_id):
        pass

    def set_default_voice(self, default_voice):
        pass

    def update_punctuation_level(self, level):
        pass

    def update_capitalization_style(self, style):
        pass

    def is_responsive(self, timeout=2.0):
        return True

    # Orca 43 calls the same methods in camel case.
    getFactoryName = get_factory_name
    getSpeechServers = get_speech_servers
    getSpeechServer = get_speech_server
    shutdownActiveServers = shutdown_active_servers
    getInfo = get_info
    getVoiceFamilies = get_voice_families
    speakCharacter = speak_character
    speakKeyEvent = speak_key_event
    sayAll = say_all
