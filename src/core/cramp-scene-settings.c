/* cramp-scene-settings.c: the person's own drawing choices, kept
 *
 * Copyright 2026 The Cramp Atlas authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cramp-scene-settings.h"

/* Only the view, the layers and the labels that the person chose are kept.
 * What a cause or a step shows on top is the scene's shown state, which
 * is never written; and a key is written only when its value changes, so
 * that a run in which the person changes nothing writes nothing. */

static void
save_choice_cb (CrampScene *scene,
                GParamSpec *pspec,
                GSettings  *settings)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "view"))
    {
      g_autofree char *saved = g_settings_get_string (settings, "anatomy-view");

      if (g_strcmp0 (saved, cramp_scene_get_view (scene)) != 0)
        g_settings_set_string (settings, "anatomy-view", cramp_scene_get_view (scene));
    }
  else if (g_str_equal (name, "layers"))
    {
      g_auto (GStrv) saved = g_settings_get_strv (settings, "visible-layers");

      if (!g_strv_equal ((const char *const *) saved, cramp_scene_get_layers (scene)))
        g_settings_set_strv (settings, "visible-layers", cramp_scene_get_layers (scene));
    }
  else if (g_str_equal (name, "labels"))
    {
      g_autofree char *saved = g_settings_get_string (settings, "labels");
      const char      *chosen = cramp_labels_to_string (cramp_scene_get_labels (scene));

      if (!g_str_equal (saved, chosen))
        g_settings_set_string (settings, "labels", chosen);
    }
}

static void
release_settings (gpointer  settings,
                  GClosure *closure)
{
  g_object_unref (settings);
}

static void
connect_choice (CrampScene *scene,
                const char *signal,
                GSettings  *settings)
{
  g_signal_connect_data (scene, signal, G_CALLBACK (save_choice_cb), g_object_ref (settings), release_settings, 0);
}

/**
 * cramp_scene_bind_settings:
 * @scene: a scene
 * @settings: the app's settings
 *
 * Gives @scene the view, layers and labels that @settings keep, passing
 * over names the content no longer has, and keeps each later choice of
 * the person's in @settings.
 */
void
cramp_scene_bind_settings (CrampScene *scene,
                           GSettings  *settings)
{
  g_autofree char *view = g_settings_get_string (settings, "anatomy-view");
  g_auto (GStrv) layers = g_settings_get_strv (settings, "visible-layers");
  g_autofree char *labels_name = g_settings_get_string (settings, "labels");
  CrampLabels      labels;

  g_return_if_fail (CRAMP_IS_SCENE (scene));
  g_return_if_fail (G_IS_SETTINGS (settings));

  cramp_scene_set_view (scene, view);
  cramp_scene_set_layers (scene, (const char *const *) layers);
  if (cramp_labels_from_string (labels_name, &labels))
    cramp_scene_set_labels (scene, labels);

  connect_choice (scene, "notify::view", settings);
  connect_choice (scene, "notify::layers", settings);
  connect_choice (scene, "notify::labels", settings);
}
