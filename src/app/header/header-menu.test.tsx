import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { HeaderMenu } from './header-menu.tsx';

function renderMenu() {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <HeaderMenu>
              <nav aria-label="Main">
                <Link to="/">Fleet</Link>
                <Link to="/wall">Wall</Link>
              </nav>
            </HeaderMenu>
            <p>Outside</p>
            <Outlet />
          </>
        ),
        children: [
          { path: '/', element: <h1>Fleet page</h1> },
          { path: '/wall', element: <h1>Wall page</h1> },
        ],
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), button: screen.getByRole('button', { name: 'Menu' }) };
}

const panel = () =>
  document.getElementById(screen.getByRole('button').getAttribute('aria-controls')!)!;

describe('HeaderMenu', () => {
  it('opens from its button and closes when a link is followed', async () => {
    const { user, button } = renderMenu();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel()).not.toHaveClass('is-open');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel()).toHaveClass('is-open');
    await user.click(screen.getByRole('link', { name: 'Wall' }));
    expect(await screen.findByRole('heading', { name: 'Wall page' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape, giving focus back to the button, and on a tap outside', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(screen.getByText('Outside'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when following a link to the page already shown', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('link', { name: 'Fleet' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
